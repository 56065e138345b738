// Written by `npm run calibrate` (src/calibration): the fit of the level and trend parameters to the
// in-sample observations published by 2025-02-28. Do not edit by hand; run the calibration again.
import type { ParamId } from '../schema';

/** The vintage the fit read observations up to. */
export const FIT_AS_OF = '2025-02-28';

/** Fitted values in catalogue units: the catalogue's defaults for these parameters. */
export const FITTED_VALUES = {
  tokensPerMonth: 16397728547081.658,
  inferenceUtilization: 0.055484464333297116,
  frontierPaidShare: 0.5147604100124037,
  mainstreamPaidShare: 0.25738020500620185,
  commodityPaidShare: 0.42896700834366974,
  frontierListPrice: 42.09384043011324,
  mainstreamListPrice: 7.731668312726225,
  commodityListPrice: 0.38788482855458406,
  algorithmicGainPerYear: 1.0150466295117242,
  gpuCapexPerGpu: 31757.802034026852,
  supplyCeilingStart: 106828.98319419607,
  supplyCeilingGrowthPerYear: 1.9918411461537437,
  initialUtilization: 0.8391582632482512,
  trainingGpuHoursPerMonth: 219093472.52579886,
  trainingGrowthPerYear: 2.0060824941583344,
} as const satisfies Partial<Record<ParamId, number>>;

/**
 * The posterior standard deviation of each fitted dimension (of ln value on a log slider, of the
 * value on a linear one): Monte Carlo draws the fitted parameters from it, so sampled runs stay
 * consistent with what was observed by the vintage.
 */
export const FITTED_SPREAD: Record<string, number> = {
  tokensPerMonth: 0.46176551079364525,
  inferenceUtilization: 0.5703825548020913,
  paidShares: 0.4870642692253474,
  frontierListPrice: 0.18119539491852604,
  mainstreamListPrice: 0.27019026906448523,
  commodityListPrice: 0.3409885171960363,
  algorithmicGainPerYear: 0.16718212476448682,
  gpuCapexPerGpu: 0.17892164556223467,
  supplyCeilingStart: 0.3486948643111544,
  supplyCeilingGrowthPerYear: 0.22160595712773715,
  initialUtilization: 0.03235894081639734,
  trainingGpuHoursPerMonth: 0.2740574571224513,
  trainingGrowthPerYear: 0.1335771311808079,
};

/** exp(√6 · posterior sd) per dimension: the half-width factor of a fitted log parameter's triangular distribution. */
export const FITTED_WIDTH_FACTOR: Record<string, number> = {
  tokensPerMonth: 3.09903224047307,
  inferenceUtilization: 4.043643805172404,
  paidShares: 3.297151558179443,
  frontierListPrice: 1.5586752492556875,
  mainstreamListPrice: 1.9383329366937077,
  commodityListPrice: 2.305385425523426,
  algorithmicGainPerYear: 1.5060809804140223,
  gpuCapexPerGpu: 1.5500182972929064,
  supplyCeilingStart: 2.3493166379154093,
  supplyCeilingGrowthPerYear: 1.7208554449877458,
  initialUtilization: 1.0824888640794779,
  trainingGpuHoursPerMonth: 1.9567813013075597,
  trainingGrowthPerYear: 1.387073057107382,
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
    [1, 0.8312, -0.674, -0.2072, -0.253, -0.0429, -0.273, 0.0052, -0.0225, 0.0233, -0.0002, -0.0108, 0.0051],
    [0.8312, 1, -0.5407, -0.241, -0.2871, -0.1125, -0.3765, 0.0536, -0.0324, 0.0151, 0.0612, -0.0686, 0.0111],
    [-0.674, -0.5407, 1, -0.0176, -0.047, -0.0767, 0.0506, 0.003, -0.0071, 0.0072, 0.0036, -0.0064, 0.0056],
    [-0.2072, -0.241, -0.0176, 1, 0.4185, 0.3008, 0.5021, 0.0274, 0.0383, -0.0373, 0.0902, -0.0727, -0.0804],
    [-0.253, -0.2871, -0.047, 0.4185, 1, 0.3278, 0.5594, 0.0398, 0.0762, -0.0719, 0.1273, -0.1177, -0.0927],
    [-0.0429, -0.1125, -0.0767, 0.3008, 0.3278, 1, 0.6826, -0.1411, 0.0356, -0.0295, -0.2798, 0.3075, 0.1672],
    [-0.273, -0.3765, 0.0506, 0.5021, 0.5594, 0.6826, 1, -0.0606, -0.0915, 0.0686, -0.2421, 0.1991, 0.2222],
    [0.0052, 0.0536, 0.003, 0.0274, 0.0398, -0.1411, -0.0606, 1, -0.0307, 0.0249, -0.4846, -0.3137, -0.0274],
    [
      -0.0225, -0.0324, -0.0071, 0.0383, 0.0762, 0.0356, -0.0915, -0.0307, 1, -0.9264, 0.0435, 0.1616,
      -0.1107,
    ],
    [0.0233, 0.0151, 0.0072, -0.0373, -0.0719, -0.0295, 0.0686, 0.0249, -0.9264, 1, -0.0461, -0.1364, 0.1916],
    [
      -0.0002, 0.0612, 0.0036, 0.0902, 0.1273, -0.2798, -0.2421, -0.4846, 0.0435, -0.0461, 1, -0.4157,
      -0.3595,
    ],
    [
      -0.0108, -0.0686, -0.0064, -0.0727, -0.1177, 0.3075, 0.1991, -0.3137, 0.1616, -0.1364, -0.4157, 1,
      -0.1828,
    ],
    [0.0051, 0.0111, 0.0056, -0.0804, -0.0927, 0.1672, 0.2222, -0.0274, -0.1107, 0.1916, -0.3595, -0.1828, 1],
  ],
};

/** How well it fits: 24 of 24 observations within 2×, geometric-mean error ×1.209. */
export const FIT_SUMMARY = {
  fitted: 24,
  withinTwofold: 24,
  geometricMeanError: 1.2091330763439458,
} as const;
