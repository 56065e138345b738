// Written by `npm run calibrate` (src/calibration): the fit of the level and trend parameters to the
// in-sample observations published by 2025-02-28. Do not edit by hand; run the calibration again.
import type { ParamId } from '../schema';

/** The vintage the fit read observations up to. */
export const FIT_AS_OF = '2025-02-28';

/** Fitted values in catalogue units: the catalogue's defaults for these parameters. */
export const FITTED_VALUES = {
  tokensPerMonth: 16400166837541.871,
  inferenceUtilization: 0.055503353683625814,
  frontierPaidShare: 0.5145925630755623,
  mainstreamPaidShare: 0.25729628153778117,
  commodityPaidShare: 0.428827135896302,
  frontierListPrice: 42.10005657437417,
  mainstreamListPrice: 7.733608003393365,
  commodityListPrice: 0.3876798837979061,
  algorithmicGainPerYear: 1.0146966711478949,
  gpuCapexPerGpu: 31755.686740549994,
  supplyCeilingStart: 106827.73931132907,
  supplyCeilingGrowthPerYear: 1.9918488634708267,
  initialUtilization: 0.8391384116502002,
  trainingGpuHoursPerMonth: 219097900.72361556,
  trainingGrowthPerYear: 2.006090286731177,
} as const satisfies Partial<Record<ParamId, number>>;

/**
 * The posterior standard deviation of each fitted dimension (of ln value on a log slider, of the
 * value on a linear one): Monte Carlo draws the fitted parameters from it, so sampled runs stay
 * consistent with what was observed by the vintage.
 */
export const FITTED_SPREAD: Record<string, number> = {
  tokensPerMonth: 0.4619211919116187,
  inferenceUtilization: 0.5703779133391006,
  paidShares: 0.4870894265010775,
  frontierListPrice: 0.18119478527423133,
  mainstreamListPrice: 0.27018823254950713,
  commodityListPrice: 0.3405213509580045,
  algorithmicGainPerYear: 0.16718182174647703,
  gpuCapexPerGpu: 0.17892045985292376,
  supplyCeilingStart: 0.3486936214181902,
  supplyCeilingGrowthPerYear: 0.221605130492571,
  initialUtilization: 0.03235892008852991,
  trainingGpuHoursPerMonth: 0.2740536085483692,
  trainingGrowthPerYear: 0.13357756778803334,
};

/** exp(√6 · posterior sd) per dimension: the half-width factor of a fitted log parameter's triangular distribution. */
export const FITTED_WIDTH_FACTOR: Record<string, number> = {
  tokensPerMonth: 3.10021424862211,
  inferenceUtilization: 4.043597832373944,
  paidShares: 3.297354743124914,
  frontierListPrice: 1.558672921660482,
  mainstreamListPrice: 1.9383232674940942,
  commodityListPrice: 2.3027488382262926,
  algorithmicGainPerYear: 1.506079862541633,
  gpuCapexPerGpu: 1.5500137954529694,
  supplyCeilingStart: 2.3493094855408785,
  supplyCeilingGrowthPerYear: 1.720851960544039,
  initialUtilization: 1.0824888091185985,
  trainingGpuHoursPerMonth: 1.956762854733551,
  trainingGrowthPerYear: 1.3870745405341518,
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
    [1, 0.8313, -0.6741, -0.207, -0.2528, -0.045, -0.2726, 0.0051, -0.0225, 0.0233, -0.0003, -0.0106, 0.0052],
    [0.8313, 1, -0.5407, -0.2409, -0.287, -0.1153, -0.3762, 0.0536, -0.0324, 0.0151, 0.0611, -0.0685, 0.0112],
    [-0.6741, -0.5407, 1, -0.0177, -0.0471, -0.0751, 0.0504, 0.003, -0.0071, 0.0073, 0.0037, -0.0065, 0.0055],
    [-0.207, -0.2409, -0.0177, 1, 0.4185, 0.3014, 0.5021, 0.0274, 0.0382, -0.0373, 0.0902, -0.0727, -0.0804],
    [-0.2528, -0.287, -0.0471, 0.4185, 1, 0.3286, 0.5594, 0.0398, 0.0762, -0.0719, 0.1273, -0.1177, -0.0927],
    [-0.045, -0.1153, -0.0751, 0.3014, 0.3286, 1, 0.6836, -0.1412, 0.0357, -0.0296, -0.2799, 0.3076, 0.1672],
    [-0.2726, -0.3762, 0.0504, 0.5021, 0.5594, 0.6836, 1, -0.0606, -0.0915, 0.0686, -0.2421, 0.1991, 0.2223],
    [0.0051, 0.0536, 0.003, 0.0274, 0.0398, -0.1412, -0.0606, 1, -0.0307, 0.0249, -0.4846, -0.3138, -0.0273],
    [
      -0.0225, -0.0324, -0.0071, 0.0382, 0.0762, 0.0357, -0.0915, -0.0307, 1, -0.9264, 0.0435, 0.1616,
      -0.1107,
    ],
    [0.0233, 0.0151, 0.0073, -0.0373, -0.0719, -0.0296, 0.0686, 0.0249, -0.9264, 1, -0.0462, -0.1364, 0.1916],
    [
      -0.0003, 0.0611, 0.0037, 0.0902, 0.1273, -0.2799, -0.2421, -0.4846, 0.0435, -0.0462, 1, -0.4157,
      -0.3596,
    ],
    [
      -0.0106, -0.0685, -0.0065, -0.0727, -0.1177, 0.3076, 0.1991, -0.3138, 0.1616, -0.1364, -0.4157, 1,
      -0.1828,
    ],
    [0.0052, 0.0112, 0.0055, -0.0804, -0.0927, 0.1672, 0.2223, -0.0273, -0.1107, 0.1916, -0.3596, -0.1828, 1],
  ],
};

/** How well it fits: 24 of 24 observations within 2×, geometric-mean error ×1.209. */
export const FIT_SUMMARY = {
  fitted: 24,
  withinTwofold: 24,
  geometricMeanError: 1.208964614605104,
} as const;
