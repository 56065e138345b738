// Written by `npm run calibrate` (src/calibration): the fit of the level and trend parameters to the
// in-sample observations published by 2025-02-28. Do not edit by hand; run the calibration again.
import type { ParamId } from '../schema';

/** The vintage the fit read observations up to. */
export const FIT_AS_OF = '2025-02-28';

/** Fitted values in catalogue units: the catalogue's defaults for these parameters. */
export const FITTED_VALUES = {
  tokensPerMonth: 16333167281169.53,
  inferenceUtilization: 0.057422603234867725,
  frontierPaidShare: 0.5153714979758253,
  mainstreamPaidShare: 0.25768574898791263,
  commodityPaidShare: 0.4294762483131877,
  frontierListPrice: 41.89542996370011,
  mainstreamListPrice: 7.668109619800589,
  commodityListPrice: 0.38348813436174956,
  algorithmicGainPerYear: 1.012406756100571,
  gpuCapexPerGpu: 31665.71965104334,
  supplyCeilingStart: 102462.91032808431,
  supplyCeilingGrowthPerYear: 2.061357492205708,
  initialUtilization: 0.8431252573618004,
  trainingGpuHoursPerMonth: 219179566.33782154,
  trainingGrowthPerYear: 2.0329338654686193,
} as const satisfies Partial<Record<ParamId, number>>;

/**
 * The posterior standard deviation of each fitted dimension (of ln value on a log slider, of the
 * value on a linear one): Monte Carlo draws the fitted parameters from it, so sampled runs stay
 * consistent with what was observed by the vintage.
 */
export const FITTED_SPREAD: Record<string, number> = {
  tokensPerMonth: 0.4490853003568334,
  inferenceUtilization: 0.5689763933093038,
  paidShares: 0.48465187065024884,
  frontierListPrice: 0.18135183724780835,
  mainstreamListPrice: 0.2705864377623374,
  commodityListPrice: 0.38289022459685784,
  algorithmicGainPerYear: 0.16713452170258322,
  gpuCapexPerGpu: 0.17885857149687343,
  supplyCeilingStart: 0.3440929732356745,
  supplyCeilingGrowthPerYear: 0.2181273710737604,
  initialUtilization: 0.03240174360540078,
  trainingGpuHoursPerMonth: 0.2740773876250003,
  trainingGrowthPerYear: 0.13178179066046683,
};

/** exp(√6 · posterior sd) per dimension: the half-width factor of a fitted log parameter's triangular distribution. */
export const FITTED_WIDTH_FACTOR: Record<string, number> = {
  tokensPerMonth: 3.004255660161024,
  inferenceUtilization: 4.029739925645666,
  paidShares: 3.2777256614235295,
  frontierListPrice: 1.559272654116907,
  mainstreamListPrice: 1.940214829568005,
  commodityListPrice: 2.554574510674286,
  algorithmicGainPerYear: 1.5059053767725612,
  gpuCapexPerGpu: 1.54977883908651,
  supplyCeilingStart: 2.3229831692668883,
  supplyCeilingGrowthPerYear: 1.7062547401641144,
  initialUtilization: 1.082602363566273,
  trainingGpuHoursPerMonth: 1.9568768328446478,
  trainingGrowthPerYear: 1.3809865630475882,
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
    [1, 0.8214, -0.669, -0.2184, -0.2647, 0.0948, -0.298, 0.0094, -0.0242, 0.0254, 0.0089, -0.0213, -0.0017],
    [0.8214, 1, -0.5354, -0.2499, -0.296, 0.0755, -0.3994, 0.0583, -0.0348, 0.0183, 0.069, -0.0797, 0.0017],
    [
      -0.669, -0.5354, 1, -0.0126, -0.0416, -0.1749, 0.0634, 0.0005, -0.0066, 0.0068, -0.0015, -0.0011,
      0.0097,
    ],
    [-0.2184, -0.2499, -0.0126, 1, 0.4198, 0.2497, 0.5027, 0.0276, 0.0399, -0.0393, 0.0914, -0.0741, -0.0818],
    [-0.2647, -0.296, -0.0416, 0.4198, 1, 0.2674, 0.5598, 0.0399, 0.0772, -0.0733, 0.1289, -0.1188, -0.0956],
    [0.0948, 0.0755, -0.1749, 0.2497, 0.2674, 1, 0.6011, -0.129, 0.0295, -0.0267, -0.2621, 0.2923, 0.1648],
    [-0.298, -0.3994, 0.0634, 0.5027, 0.5598, 0.6011, 1, -0.0603, -0.0963, 0.0754, -0.2438, 0.2003, 0.2192],
    [0.0094, 0.0583, 0.0005, 0.0276, 0.0399, -0.129, -0.0603, 1, -0.0303, 0.0229, -0.4864, -0.3113, -0.0269],
    [-0.0242, -0.0348, -0.0066, 0.0399, 0.0772, 0.0295, -0.0963, -0.0303, 1, -0.9242, 0.043, 0.1734, -0.1463],
    [0.0254, 0.0183, 0.0068, -0.0393, -0.0733, -0.0267, 0.0754, 0.0229, -0.9242, 1, -0.0449, -0.1452, 0.234],
    [0.0089, 0.069, -0.0015, 0.0914, 0.1289, -0.2621, -0.2438, -0.4864, 0.043, -0.0449, 1, -0.422, -0.3608],
    [
      -0.0213, -0.0797, -0.0011, -0.0741, -0.1188, 0.2923, 0.2003, -0.3113, 0.1734, -0.1452, -0.422, 1,
      -0.1814,
    ],
    [-0.0017, 0.0017, 0.0097, -0.0818, -0.0956, 0.1648, 0.2192, -0.0269, -0.1463, 0.234, -0.3608, -0.1814, 1],
  ],
};

/** How well it fits: 24 of 24 observations within 2×, geometric-mean error ×1.193. */
export const FIT_SUMMARY = {
  fitted: 24,
  withinTwofold: 24,
  geometricMeanError: 1.1925245229730461,
} as const;
