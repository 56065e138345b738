// The calibrated defaults applied to the catalogue: a fitted parameter's default is the fit's value,
// its hand-set value becomes the prior, and a derived source names the fit and what it read.
import { FIT_AS_OF, FIT_SUMMARY, FITTED_VALUES } from './fitted';
import type { Distribution, ParameterDef, Source } from '../schema';
import { FIT_DIMENSIONS } from './spec';

const fitted: Partial<Record<string, number>> = FITTED_VALUES;

export function withFittedValues(def: ParameterDef): ParameterDef {
  const value = fitted[def.id];
  if (value === undefined) return def;
  const fittedDef: ParameterDef = {
    ...def,
    value,
    prior: def.value,
    sources: [fitSource(def, value), ...def.sources],
  };
  if (def.uncertainty) fittedDef.uncertainty = moved(def, value);
  return fittedDef;
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
