/**
 * The calibrated defaults as a TypeScript module (models/calibration/fitted.ts), written by
 * `jevons calibrate --write`. Numbers are written in full (shortest round-trip form), so the
 * catalogue holds exactly what the fit found and the test can compare them bit for bit.
 */
import type { CalibrationResult } from './calibrate';

export const FITTED_FILE = 'models/calibration/fitted.ts';

export function fittedFileText(result: CalibrationResult): string {
  const values = Object.entries(result.values)
    .map(([id, v]) => `  ${id}: ${String(v)},`)
    .join('\n');
  const spreads = result.dimensions.map((d) => `  ${d.id}: ${String(d.posteriorSd)},`).join('\n');
  // exp() is computed here, in Node, once: the catalogue then only multiplies and divides, which
  // give the same doubles in every JavaScript engine (Math.exp does not, in its last bit).
  const factors = result.dimensions
    .map((d) => `  ${d.id}: ${String(Math.exp(Math.sqrt(6) * d.posteriorSd))},`)
    .join('\n');
  const ids = result.dimensions.map((d) => `'${d.id}'`).join(', ');
  const rows = result.correlation.map((row) => `    [${row.join(', ')}],`).join('\n');
  const s = result.summary;
  return `// Written by \`npm run calibrate\` (src/calibration): the fit of the level and trend parameters to the
// in-sample observations published by ${result.asOf}. Do not edit by hand; run the calibration again.
import type { ParamId } from '../schema';

/** The vintage the fit read observations up to. */
export const FIT_AS_OF = '${result.asOf}';

/** Fitted values in catalogue units: the catalogue's defaults for these parameters. */
export const FITTED_VALUES = {
${values}
} as const satisfies Partial<Record<ParamId, number>>;

/**
 * The posterior standard deviation of each fitted dimension (of ln value on a log slider, of the
 * value on a linear one): Monte Carlo draws the fitted parameters from it, so sampled runs stay
 * consistent with what was observed by the vintage.
 */
export const FITTED_SPREAD: Record<string, number> = {
${spreads}
};

/** exp(√6 · posterior sd) per dimension: the half-width factor of a fitted log parameter's triangular distribution. */
export const FITTED_WIDTH_FACTOR: Record<string, number> = {
${factors}
};

/**
 * The posterior correlation between the fitted dimensions (the Laplace approximation, 4 decimals):
 * Monte Carlo draws the fitted parameters together through a Gaussian copula with it, so a sample
 * never pairs values the data rule out together (a low supply ceiling at the start with slow growth).
 */
export const FITTED_CORRELATION: { dimensions: readonly string[]; matrix: readonly (readonly number[])[] } = {
  dimensions: [${ids}],
  matrix: [
${rows}
  ],
};

/** How well it fits: ${s.withinTwofold} of ${s.fitted} observations within 2×, geometric-mean error ×${s.geometricMeanError.toFixed(3)}. */
export const FIT_SUMMARY = {
  fitted: ${s.fitted},
  withinTwofold: ${s.withinTwofold},
  geometricMeanError: ${String(s.geometricMeanError)},
} as const;
`;
}
