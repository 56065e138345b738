// The calibrated defaults applied to the catalogue: a fitted parameter's default is the fit's value,
// its hand-set value becomes the prior, and a derived source names the fit and what it read.
import { FIT_AS_OF, FIT_SUMMARY, FITTED_SPREAD, FITTED_VALUES, FITTED_WIDTH_FACTOR } from './fitted';
import type { Distribution, ParameterDef, Source } from '../schema';
import { FIT_DIMENSIONS } from './spec';

const fitted: Partial<Record<string, number>> = FITTED_VALUES;

export function withFittedValues(def: ParameterDef): ParameterDef {
  const value = fitted[def.id];
  if (value === undefined) return def;
  const dimension = FIT_DIMENSIONS.find((d) => d.params.includes(def.id));
  const spread = dimension ? FITTED_SPREAD[dimension.id] : undefined;
  const sources = def.sources.map(asPriorUncertainty);
  const fittedDef: ParameterDef = {
    ...def,
    value,
    prior: def.value,
    sources: [fitSource(def, value), ...sources],
  };
  if (spread !== undefined && Number.isFinite(spread) && spread > 0) {
    fittedDef.uncertainty = posterior(
      def,
      value,
      spread,
      FITTED_WIDTH_FACTOR[dimension?.id ?? ''] ?? 1,
      dimension?.id,
    );
    fittedDef.sources.splice(1, 0, posteriorSource(def, spread));
  } else if (def.uncertainty) fittedDef.uncertainty = moved(def, value);
  return fittedDef;
}

/** √6: a symmetric triangular distribution of half-width √6·σ has standard deviation σ. */
const TRIANGULAR_HALF_WIDTH = Math.sqrt(6);

/**
 * Monte Carlo draws a fitted parameter from the fit's posterior, not from its prior: a triangular
 * distribution with the posterior's standard deviation, in ln value on a log slider (in the value on
 * a linear one), cut to the slider's range. Sampled runs then stay near what was observed.
 */
function posterior(
  def: ParameterDef,
  value: number,
  spread: number,
  widthFactor: number,
  fit: string | undefined,
): Distribution {
  // Multiplications and divisions only (no Math.exp here): Node and Chromium build the same catalogue.
  const clamp = (x: number): number => Math.min(def.max, Math.max(def.min, x));
  const w = TRIANGULAR_HALF_WIDTH * spread;
  const [lo, hi] = def.scale === 'log' ? [value / widthFactor, value * widthFactor] : [value - w, value + w];
  return { dist: 'triangular', min: clamp(lo), mode: value, max: clamp(hi), ...(fit ? { fit } : {}) };
}

function posteriorSource(def: ParameterDef, spread: number): Source {
  const what = def.scale === 'log' ? `ln(${def.id})` : def.id;
  return {
    kind: 'assumption',
    ref: 'The fit’s posterior spread',
    date: FIT_AS_OF,
    note: `Uncertainty: triangular around the fitted value with the standard deviation of ${what} the fit leaves, ${spread.toPrecision(3)} (the Laplace approximation at the fit: data and prior together), cut to the slider's range, and drawn together with the other fitted parameters through a Gaussian copula with the fit's posterior correlation (the data tie some of them, e.g. the supply ceiling's start and growth).`,
  };
}

/** The hand-set value's own uncertainty note, kept for the record but no longer the one Monte Carlo uses. */
function asPriorUncertainty(source: Source): Source {
  if (source.kind !== 'assumption' || !source.note?.startsWith('Uncertainty:')) return source;
  return {
    ...source,
    note: `Prior uncertainty, before the fit — ${source.note.slice('Uncertainty:'.length).trim()}`,
  };
}

/**
 * The parameter's Monte Carlo distribution moved from the prior to the fitted value: scaled by
 * fitted/prior on a log slider, shifted on a linear one, and kept inside the slider's range.
 */
function moved(def: ParameterDef, value: number): Distribution {
  const d = def.uncertainty as Distribution;
  const at = (x: number): number => {
    const y = def.scale === 'log' && def.value > 0 ? (x * value) / def.value : x + value - def.value;
    return Math.min(def.max, Math.max(def.min, y));
  };
  switch (d.dist) {
    case 'fixed':
      return { dist: 'fixed', value };
    case 'uniform':
      return { dist: 'uniform', min: Math.min(at(d.min), value), max: Math.max(at(d.max), value) };
    case 'triangular':
      return {
        dist: 'triangular',
        min: Math.min(at(d.min), value),
        mode: value,
        max: Math.max(at(d.max), value),
      };
    case 'normal':
      return { dist: 'normal', mean: value, sd: def.scale === 'log' ? (d.sd * value) / def.value : d.sd };
    case 'lognormal':
      return { dist: 'lognormal', median: value, sigma: d.sigma };
  }
}

function fitSource(def: ParameterDef, value: number): Source {
  const dimension = FIT_DIMENSIONS.find((d) => d.params.includes(def.id));
  const together =
    dimension && dimension.params.length > 1
      ? ` together with ${dimension.params.filter((p) => p !== def.id).join(' and ')}`
      : '';
  return {
    kind: 'derived',
    ref: `Calibration to the observations published by ${FIT_AS_OF} (npm run calibrate)`,
    date: FIT_AS_OF,
    arithmetic: `Fitted${together} by weighted least squares on ln(model/observed) over ${FIT_SUMMARY.fitted} observations of 2023 – Feb 2025 (NVIDIA revenue, capex, the fleet, rental and list prices, tokens, revenue, inference spend), pulled towards the hand-set value ${String(def.value)} below: ${String(value)} ${def.unit}. The fit meets ${FIT_SUMMARY.withinTwofold} of ${FIT_SUMMARY.fitted} within 2×, geometric-mean error ×${FIT_SUMMARY.geometricMeanError.toFixed(2)}.${dimension ? ` Why fitted: ${dimension.why}` : ''}`,
    note: 'See the fit table in the README and `jevons calibrate` for each observation against the model. The Monte Carlo distribution below keeps its spread and is centred on the fitted value.',
  };
}
