// Written by `npm run calibrate` (src/calibration): the fit of the level and trend parameters to the
// in-sample observations published by 2025-02-28. Do not edit by hand; run the calibration again.
import type { ParamId } from '../schema';

/** The vintage the fit read observations up to. */
export const FIT_AS_OF = '2025-02-28';

/** Fitted values in catalogue units: the catalogue's defaults for these parameters. */
export const FITTED_VALUES = {
  tokensPerMonth: 15968589902897.72,
  inferenceUtilization: 0.06059850980231525,
  frontierPaidShare: 0.5255017693170952,
  mainstreamPaidShare: 0.2627508846585476,
  commodityPaidShare: 0.43791814109757937,
  frontierListPrice: 41.15523389476124,
  mainstreamListPrice: 7.428791643952783,
  commodityListPrice: 0.37311411472750255,
  algorithmicGainPerYear: 1.0318079429786426,
  gpuCapexPerGpu: 30823.582070826014,
  supplyCeilingStart: 111928.70263435665,
  supplyCeilingGrowthPerYear: 1.741902927297884,
  initialUtilization: 0.851047571086405,
  trainingGpuHoursPerMonth: 239358182.25143817,
  trainingGrowthPerYear: 2.0447505561567745,
} as const satisfies Partial<Record<ParamId, number>>;

/**
 * The posterior standard deviation of each fitted dimension (of ln value on a log slider, of the
 * value on a linear one): Monte Carlo draws the fitted parameters from it, so sampled runs stay
 * consistent with what was observed by the vintage.
 */
export const FITTED_SPREAD: Record<string, number> = {
  tokensPerMonth: 0.45558864840206,
  inferenceUtilization: 0.5728494073994871,
  paidShares: 0.4860099198429058,
  frontierListPrice: 0.18137004456859288,
  mainstreamListPrice: 0.27073493007373106,
  commodityListPrice: 0.360049583149279,
  algorithmicGainPerYear: 0.17025809721567553,
  gpuCapexPerGpu: 0.17962554350681623,
  supplyCeilingStart: 0.427230276008662,
  supplyCeilingGrowthPerYear: 0.26960308092423596,
  initialUtilization: 0.0329705531676672,
  trainingGpuHoursPerMonth: 0.3045194892928476,
  trainingGrowthPerYear: 0.15825213441481598,
};

/** exp(√6 · posterior sd) per dimension: the half-width factor of a fitted log parameter's triangular distribution. */
export const FITTED_WIDTH_FACTOR: Record<string, number> = {
  tokensPerMonth: 3.052496319256739,
  inferenceUtilization: 4.06815161473696,
  paidShares: 3.2886472616260516,
  frontierListPrice: 1.5593421971160044,
  mainstreamListPrice: 1.9409206730322905,
  commodityListPrice: 2.415575982692487,
  algorithmicGainPerYear: 1.517471499802799,
  gpuCapexPerGpu: 1.5526931298717221,
  supplyCeilingStart: 2.847655940632202,
  supplyCeilingGrowthPerYear: 1.9355470144681168,
  initialUtilization: 1.0841117973628707,
  trainingGpuHoursPerMonth: 2.1083746983007523,
  trainingGrowthPerYear: 1.473494779143869,
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
    [1, 0.8229, -0.6723, -0.2123, -0.2579, 0.03, -0.2769, 0.0062, -0.022, 0.021, 0.0052, -0.0103, -0.0012],
    [0.8229, 1, -0.5358, -0.2448, -0.2921, -0.0224, -0.3664, 0.0465, -0.04, 0.0025, 0.0826, -0.0427, -0.0162],
    [
      -0.6723, -0.5358, 1, -0.0149, -0.0428, -0.1293, 0.0546, 0.0023, -0.0061, 0.0066, 0.0033, -0.0048,
      0.0031,
    ],
    [-0.2123, -0.2448, -0.0149, 1, 0.4194, 0.2784, 0.4868, 0.0293, 0.0254, -0.0189, 0.0866, -0.0692, -0.0715],
    [-0.2579, -0.2921, -0.0428, 0.4194, 1, 0.3047, 0.5404, 0.0436, 0.0778, -0.0618, 0.1163, -0.1254, -0.0592],
    [0.03, -0.0224, -0.1293, 0.2784, 0.3047, 1, 0.6299, -0.1272, 0.0552, -0.0398, -0.2737, 0.2432, 0.1647],
    [-0.2769, -0.3664, 0.0546, 0.4868, 0.5404, 0.6299, 1, -0.0781, -0.0751, 0.0126, -0.2263, 0.2292, 0.1836],
    [0.0062, 0.0465, 0.0023, 0.0293, 0.0436, -0.1272, -0.0781, 1, -0.0047, 0.0298, -0.4973, -0.3111, -0.0063],
    [-0.022, -0.04, -0.0061, 0.0254, 0.0778, 0.0552, -0.0751, -0.0047, 1, -0.9133, -0.0165, -0.0887, 0.258],
    [0.021, 0.0025, 0.0066, -0.0189, -0.0618, -0.0398, 0.0126, 0.0298, -0.9133, 1, -0.019, 0.0102, -0.1532],
    [0.0052, 0.0826, 0.0033, 0.0866, 0.1163, -0.2737, -0.2263, -0.4973, -0.0165, -0.019, 1, -0.3203, -0.3426],
    [
      -0.0103, -0.0427, -0.0048, -0.0692, -0.1254, 0.2432, 0.2292, -0.3111, -0.0887, 0.0102, -0.3203, 1,
      -0.3319,
    ],
    [
      -0.0012, -0.0162, 0.0031, -0.0715, -0.0592, 0.1647, 0.1836, -0.0063, 0.258, -0.1532, -0.3426, -0.3319,
      1,
    ],
  ],
};

/** How well it fits: 22 of 22 observations within 2×, geometric-mean error ×1.179. */
export const FIT_SUMMARY = {
  fitted: 22,
  withinTwofold: 22,
  geometricMeanError: 1.1788699717033155,
} as const;
