import { BASES, BASIS_UNITS, type Basis, type Decomposition, type RunTotals } from '../model/types';
import { CHANNEL, CHANNEL_IDS, type ChannelId, MECHANICAL_CHANNELS } from './channels';
import type { ModelInputs } from './model-inputs';
import { runModel } from './run-model';
import { shockIndex } from './calendar';
import type { Workspace } from './workspace';

const CHANNEL_COUNT = CHANNEL_IDS.length;
const SUBSETS = 1 << CHANNEL_COUNT;
const SERVED = BASES.indexOf('servedCompute');
const VALUE = BASES.indexOf('computeValue');
const CAPEX = BASES.indexOf('capex');
/** The channels that carry a lever of the shock; the others are mechanisms (see channels.ts). */
export const LEVERS = CHANNEL.efficiency | CHANNEL.substitution | CHANNEL.competition;

/**
 * Why the total moved: the change scenario − base on each basis, split into the shock's channels
 * (efficiency, pass-through price, tier substitution, competition, capacity price, investment).
 * Channels interact — cheaper tokens matter more when prices pass them on — so a one-at-a-time
 * split would not add up. This is the Shapley split: each channel's effect is its marginal change
 * averaged over every order in which the channels could be switched on, which adds up to the total
 * exactly. It takes one value per subset of channels (2^6 = 64; a subset's number is its channel
 * bits), over the whole run after the shock; `base` holds the base run and its totals, and `known`
 * the totals of the verdict's mechanical and scenario runs, which are two of the subsets. A subset
 * that switches on no lever of the shock (only mechanisms: cost pass-through, the clearing price,
 * investment) is the world without the shock — its mechanisms answer the base run's own prices and
 * quantities — so it takes the base run's totals rather than a run that would reproduce them up to
 * rounding. The other 54 subsets are run, for their totals only (no series is written).
 */
export function decompose(
  inputs: ModelInputs,
  base: { ws: Workspace; totals: RunTotals },
  scratch: Workspace,
  known?: { mechanical: RunTotals; scenario: RunTotals },
): Decomposition[] {
  // The run after the shock, whose totals every run returns: the subsets keep no series.
  const horizonMonths = base.ws.months - shockIndex(inputs.p.shockMonth);
  const value = new Float64Array(SUBSETS * BASES.length);
  const store = (subset: number, totals: RunTotals): void => {
    const at = subset * BASES.length;
    value[at + SERVED] = totals.cumulativeServedHours;
    value[at + VALUE] = totals.cumulativeComputeValue;
    value[at + CAPEX] = totals.cumulativeCapex;
  };
  for (let subset = 0; subset < SUBSETS; subset++) {
    if ((subset & LEVERS) === 0) store(subset, base.totals);
    else if (known && subset === MECHANICAL_CHANNELS) store(subset, known.mechanical);
    else if (known && subset === SUBSETS - 1) store(subset, known.scenario);
    else store(subset, runModel(inputs, subset, scratch, base.ws, false));
  }
  const weights = shapleyWeights(CHANNEL_COUNT);
  return BASES.map((basis: Basis, b): Decomposition => {
    const effects = {} as Record<ChannelId, number>;
    CHANNEL_IDS.forEach((id, j) => {
      const bit = 1 << j;
      let phi = 0;
      for (let subset = 0; subset < SUBSETS; subset++) {
        if (subset & bit) continue;
        const size = popcount(subset);
        phi += weights[size] * (value[(subset | bit) * BASES.length + b] - value[subset * BASES.length + b]);
      }
      effects[id] = phi;
    });
    const total = value[(SUBSETS - 1) * BASES.length + b] - value[b];
    return { basis, horizonMonths, unit: BASIS_UNITS[basis], total, effects };
  });
}

/** |S|!(n − |S| − 1)!/n! by |S|. */
function shapleyWeights(n: number): Float64Array {
  const factorial = [1];
  for (let i = 1; i <= n; i++) factorial[i] = factorial[i - 1] * i;
  const w = new Float64Array(n);
  for (let s = 0; s < n; s++) w[s] = (factorial[s] * factorial[n - s - 1]) / factorial[n];
  return w;
}

function popcount(x: number): number {
  let c = 0;
  for (let v = x; v; v &= v - 1) c++;
  return c;
}
