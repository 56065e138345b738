// Written by `npm run calibrate` (src/calibration): the fit of the level and trend parameters to the
// in-sample observations published by 2025-02-28. Do not edit by hand; run the calibration again.
import type { ParamId } from '../schema';

/** The vintage the fit read observations up to. */
export const FIT_AS_OF = '2025-02-28';

/** Fitted values in catalogue units: the catalogue's defaults for these parameters. */
export const FITTED_VALUES = {
  tokensPerMonth: 16267407814710.63,
  inferenceUtilization: 0.0626477597566915,
  frontierPaidShare: 0.5212158649320556,
  mainstreamPaidShare: 0.2606079324660278,
  commodityPaidShare: 0.4343465541100464,
  frontierListPrice: 41.2746855260615,
  mainstreamListPrice: 7.497747696438605,
  commodityListPrice: 0.37936370150500126,
  algorithmicGainPerYear: 1.0114719821410807,
  gpuCapexPerGpu: 39473.970613483034,
  supplyCeilingStart: 146091.0758800078,
  supplyCeilingGrowthPerYear: 1.8378281458282155,
  initialUtilization: 0.8241753830680162,
  trainingGpuHoursPerMonth: 195538063.25902086,
  trainingGrowthPerYear: 2.3966638559070432,
} as const satisfies Partial<Record<ParamId, number>>;

/**
 * The posterior standard deviation of each fitted dimension (of ln value on a log slider, of the
 * value on a linear one): Monte Carlo draws the fitted parameters from it, so sampled runs stay
 * consistent with what was observed by the vintage.
 */
export const FITTED_SPREAD: Record<string, number> = {
  tokensPerMonth: 0.4615910343458391,
  inferenceUtilization: 0.5746888219675087,
  paidShares: 0.48701834243058967,
  frontierListPrice: 0.18191293837293868,
  mainstreamListPrice: 0.27223284091247557,
  commodityListPrice: 0.34273630335999816,
  algorithmicGainPerYear: 0.1694632501042354,
  gpuCapexPerGpu: 0.13574452901072845,
  supplyCeilingStart: 0.49590041136377166,
  supplyCeilingGrowthPerYear: 0.26184093502654565,
  initialUtilization: 0.030692420723231154,
  trainingGpuHoursPerMonth: 0.2618495106852685,
  trainingGrowthPerYear: 0.16511603491068375,
};

/** How well it fits: 22 of 22 observations within 2×, geometric-mean error ×1.197. */
export const FIT_SUMMARY = {
  fitted: 22,
  withinTwofold: 22,
  geometricMeanError: 1.197097621965495,
} as const;
