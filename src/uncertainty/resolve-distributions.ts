/**
 * Which parameters are uncertain in a run, and how: the catalogue's defaults, moved to the
 * scenario's values, overridden by the scenario's own `distributions`.
 */
import { parameterById, parameters } from '../../models';
import type { ParameterDef } from '../../models/schema';
import type { Distribution, ParamId, Scenario } from '../model/types';
import type { ParamBounds } from './distributions';

export type Distributions = Partial<Record<ParamId, Distribution>>;

/**
 * The parameter that sets the simulated window rather than describing the world; it is never
 * sampled (the workspaces are sized to the run before the first sample). Runs always start at the
 * history start, 2023-01.
 */
export const WINDOW_PARAMS: readonly ParamId[] = ['horizonMonths'];

/** The catalogue's `uncertainty` of every parameter that has one (reasons are in its sources). */
export function defaultDistributions(): Distributions {
  const result: Distributions = {};
  for (const def of parameters) {
    if (def.uncertainty && !WINDOW_PARAMS.includes(def.id)) result[def.id] = def.uncertainty;
  }
  return result;
}

/** The slider range of a parameter, which also bounds its distribution. */
export function boundsOf(id: ParamId): ParamBounds {
  const def = parameterById[id];
  return { min: def.min, max: def.max, integer: def.integer };
}

function clampTo(def: ParameterDef, v: number): number {
  return Math.min(Math.max(v, def.min), def.max);
}

/**
 * A catalogue default describes uncertainty around the catalogue's value. When a scenario sets
 * another value, the distribution moves with it — by the same difference for fixed, uniform,
 * triangular and normal, by the same factor for a lognormal (its median) — so fan bands stay
 * around the scenario's own line. Bounds are kept inside the parameter's range; a uniform or
 * triangular squeezed to nothing becomes fixed at the scenario's value.
 */
export function shiftDistribution(dist: Distribution, def: ParameterDef, value: number): Distribution {
  if (value === def.value) return dist;
  const delta = value - def.value;
  switch (dist.dist) {
    case 'fixed':
      return { dist: 'fixed', value: clampTo(def, dist.value + delta) };
    case 'normal':
      return { dist: 'normal', mean: clampTo(def, dist.mean + delta), sd: dist.sd };
    case 'lognormal': {
      const factor = def.value > 0 && value > 0 ? value / def.value : 1;
      return { dist: 'lognormal', median: clampTo(def, dist.median * factor), sigma: dist.sigma };
    }
    case 'uniform': {
      const min = clampTo(def, dist.min + delta);
      const max = clampTo(def, dist.max + delta);
      return min < max ? { dist: 'uniform', min, max } : { dist: 'fixed', value };
    }
    case 'triangular': {
      const min = clampTo(def, dist.min + delta);
      const max = clampTo(def, dist.max + delta);
      const mode = Math.min(Math.max(dist.mode + delta, min), max);
      // A fitted parameter moved by the scenario keeps its place in the fit's copula.
      const fit = dist.fit ? { fit: dist.fit } : {};
      return min < max ? { dist: 'triangular', min, mode, max, ...fit } : { dist: 'fixed', value };
    }
  }
}

/**
 * The distributions a Monte Carlo run of `scenario` uses.
 * - `override` given: exactly those (nothing else is uncertain) — what `monteCarlo`'s
 *   `distributions` option means.
 * - otherwise: the catalogue defaults, each moved to the scenario's value (see `shiftDistribution`;
 *   a parameter the scenario gives as an expression of time keeps its path and is not sampled),
 *   then the scenario's own `distributions`, taken as written.
 * Defaults never cover the window (`WINDOW_PARAMS`); a distribution given for one is refused
 * when the run is set up.
 */
export function resolveDistributions(scenario: Scenario, override?: Distributions): Distributions {
  const result: Distributions = {};
  if (override) {
    Object.assign(result, override);
  } else {
    for (const [id, dist] of Object.entries(defaultDistributions()) as [ParamId, Distribution][]) {
      const value = scenario.parameters[id];
      if (typeof value === 'number') result[id] = shiftDistribution(dist, parameterById[id], value);
    }
    Object.assign(result, scenario.distributions ?? {});
  }
  return result;
}
