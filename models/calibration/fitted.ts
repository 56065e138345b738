// Written by `npm run calibrate` (src/calibration): the fit of the level and trend parameters to the
// in-sample observations published by 2025-02-28. Do not edit by hand; run the calibration again.
import type { ParamId } from '../schema';

/** The vintage the fit read observations up to. */
export const FIT_AS_OF = '2025-02-28';

/** Fitted values in catalogue units: the catalogue's defaults for these parameters. */
export const FITTED_VALUES = {
  tokensPerMonth: 16267407813353.607,
  inferenceUtilization: 0.06264775981044056,
  frontierPaidShare: 0.5212158649743993,
  mainstreamPaidShare: 0.26060793248719966,
  commodityPaidShare: 0.4343465541453328,
  frontierListPrice: 41.27468552662712,
  mainstreamListPrice: 7.497747696557756,
  commodityListPrice: 0.37936371162527877,
  algorithmicGainPerYear: 1.0114719821322125,
  gpuCapexPerGpu: 39473.97064724504,
  supplyCeilingStart: 146091.07587922318,
  supplyCeilingGrowthPerYear: 1.8378281458416057,
  initialUtilization: 0.8241753831066657,
  trainingGpuHoursPerMonth: 195538063.25780815,
  trainingGrowthPerYear: 2.3966638558165423,
} as const satisfies Partial<Record<ParamId, number>>;

/**
 * The posterior standard deviation of each fitted dimension (of ln value on a log slider, of the
 * value on a linear one): Monte Carlo draws the fitted parameters from it, so sampled runs stay
 * consistent with what was observed by the vintage.
 */
export const FITTED_SPREAD: Record<string, number> = {
  tokensPerMonth: 0.4618354428180699,
  inferenceUtilization: 0.574679319058408,
  paidShares: 0.487057361198632,
  frontierListPrice: 0.1819106682049724,
  mainstreamListPrice: 0.2722278316993351,
  commodityListPrice: 0.3420236402037097,
  algorithmicGainPerYear: 0.16946569763728642,
  gpuCapexPerGpu: 0.13574470406502262,
  supplyCeilingStart: 0.4959003809926944,
  supplyCeilingGrowthPerYear: 0.26184094305391603,
  initialUtilization: 0.030692957710541625,
  trainingGpuHoursPerMonth: 0.2618538177093583,
  trainingGrowthPerYear: 0.16511697264906353,
};

/** exp(√6 · posterior sd) per dimension: the half-width factor of a fitted log parameter's triangular distribution. */
export const FITTED_WIDTH_FACTOR: Record<string, number> = {
  tokensPerMonth: 3.099563143275164,
  inferenceUtilization: 4.086427422153442,
  paidShares: 3.297095767086432,
  frontierListPrice: 1.5614085270892195,
  mainstreamListPrice: 1.9480313167424745,
  commodityListPrice: 2.311238200519101,
  algorithmicGainPerYear: 1.5145289827049242,
  gpuCapexPerGpu: 1.3944572343514998,
  supplyCeilingStart: 3.3692928875126196,
  supplyCeilingGrowthPerYear: 1.8990935706328618,
  initialUtilization: 1.0780804353844193,
  trainingGpuHoursPerMonth: 1.8991534620310238,
  trainingGrowthPerYear: 1.4984816031613615,
};

/**
 * The posterior correlation between the fitted dimensions (the Laplace approximation, 4 decimals):
 * Monte Carlo draws the fitted parameters together through a Gaussian copula with it, so a sample
 * never pairs values the data rule out together (a low supply ceiling at the start with slow growth).
 */
export const FITTED_CORRELATION: { dimensions: readonly string[]; matrix: readonly (readonly number[])[] } = {
  dimensions: [
    'tokensPerMonth',
    'inferenceUtilization',
    'paidShares',
    'frontierListPrice',
    'mainstreamListPrice',
    'commodityListPrice',
    'algorithmicGainPerYear',
    'gpuCapexPerGpu',
    'supplyCeilingStart',
    'supplyCeilingGrowthPerYear',
    'initialUtilization',
    'trainingGpuHoursPerMonth',
    'trainingGrowthPerYear',
  ],
  matrix: [
    [
      1, 0.8233, -0.6737, -0.2089, -0.2548, -0.0388, -0.2631, 0.0118, 0.0089, -0.0042, -0.0134, -0.0182,
      0.0213,
    ],
    [
      0.8233, 1, -0.537, -0.2365, -0.2744, -0.1249, -0.3615, 0.0783, -0.0204, -0.0027, 0.0921, -0.0716,
      0.0483,
    ],
    [-0.6737, -0.537, 1, -0.0184, -0.0473, -0.0759, 0.0515, 0.0047, 0.0041, -0.0024, 0.0002, -0.0093, 0.0082],
    [-0.2089, -0.2365, -0.0184, 1, 0.423, 0.2948, 0.4794, 0.0172, -0.012, 0.0037, 0.1208, -0.0615, -0.1038],
    [-0.2548, -0.2744, -0.0473, 0.423, 1, 0.3185, 0.5389, -0.0106, -0.0292, 0.0105, 0.1945, -0.0677, -0.1042],
    [-0.0388, -0.1249, -0.0759, 0.2948, 0.3185, 1, 0.6645, -0.1514, 0.0086, 0.0125, -0.3206, 0.2966, 0.0917],
    [-0.2631, -0.3615, 0.0515, 0.4794, 0.5389, 0.6645, 1, 0.0031, -0.0105, 0.0009, -0.291, 0.1655, 0.2775],
    [
      0.0118, 0.0783, 0.0047, 0.0172, -0.0106, -0.1514, 0.0031, 1, -0.0619, -0.0914, -0.3462, -0.1535,
      -0.3277,
    ],
    [
      0.0089, -0.0204, 0.0041, -0.012, -0.0292, 0.0086, -0.0105, -0.0619, 1, -0.9347, -0.0061, -0.0561,
      0.0989,
    ],
    [-0.0042, -0.0027, -0.0024, 0.0037, 0.0105, 0.0125, 0.0009, -0.0914, -0.9347, 1, 0.0404, 0.0199, -0.0096],
    [-0.0134, 0.0921, 0.0002, 0.1208, 0.1945, -0.3206, -0.291, -0.3462, -0.0061, 0.0404, 1, -0.5106, -0.0736],
    [
      -0.0182, -0.0716, -0.0093, -0.0615, -0.0677, 0.2966, 0.1655, -0.1535, -0.0561, 0.0199, -0.5106, 1,
      -0.114,
    ],
    [0.0213, 0.0483, 0.0082, -0.1038, -0.1042, 0.0917, 0.2775, -0.3277, 0.0989, -0.0096, -0.0736, -0.114, 1],
  ],
};

/** How well it fits: 22 of 22 observations within 2×, geometric-mean error ×1.197. */
export const FIT_SUMMARY = {
  fitted: 22,
  withinTwofold: 22,
  geometricMeanError: 1.197097622536233,
} as const;
