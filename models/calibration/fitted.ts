// Written by `npm run calibrate` (src/calibration): the fit of the level and trend parameters to the
// in-sample observations published by 2025-02-28. Do not edit by hand; run the calibration again.
import type { ParamId } from '../schema';

/** The vintage the fit read observations up to. */
export const FIT_AS_OF = '2025-02-28';

/** Fitted values in catalogue units: the catalogue's defaults for these parameters. */
export const FITTED_VALUES = {
  tokensPerMonth: 16267407855126.645,
  inferenceUtilization: 0.06264775842587879,
  frontierPaidShare: 0.5212158647681393,
  mainstreamPaidShare: 0.26060793238406965,
  commodityPaidShare: 0.4343465539734494,
  frontierListPrice: 41.274685511709194,
  mainstreamListPrice: 7.497747680247622,
  commodityListPrice: 0.3793634015250509,
  algorithmicGainPerYear: 1.0114719816147657,
  gpuCapexPerGpu: 39473.96968368102,
  supplyCeilingStart: 146091.07999072515,
  supplyCeilingGrowthPerYear: 1.837828120456673,
  initialUtilization: 0.8241753820543878,
  trainingGpuHoursPerMonth: 195538062.0714953,
  trainingGrowthPerYear: 2.3966638629530572,
} as const satisfies Partial<Record<ParamId, number>>;

/** How well it fits: 22 of 22 observations within 2×, geometric-mean error ×1.197. */
export const FIT_SUMMARY = {
  fitted: 22,
  withinTwofold: 22,
  geometricMeanError: 1.1970976039310908,
} as const;
