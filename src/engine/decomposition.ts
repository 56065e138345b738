import { BASES, BASIS_UNITS, type Basis, type Decomposition, type RunTotals } from '../model/types';
import { CHANNEL, CHANNEL_IDS, type ChannelId, MECHANICAL_CHANNELS } from './channels';
import { RunFork } from './run-state';
import type { ModelInputs } from './model-inputs';
import { effectiveChannels } from './inert-channels';
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
 * bits), over the whole run after the shock; `base` holds the base run and its totals, and `verdict`
 * the totals of the verdict's mechanical and scenario runs, which are two of the subsets. A subset
 * that switches on no lever of the shock (only mechanisms: cost pass-through, the clearing price,
 * investment) is the world without the shock — its mechanisms answer the base run's own prices and
 * quantities — so it takes the base run's totals rather than a run that would reproduce them up to
 * rounding; so does one whose levers cannot act (inert-channels.ts). A subset with a channel that
 * cannot change its run takes the value of the subset without it. The others are run, for their
 * totals only (no series is written): 48 of the 63 with the defaults, at most 54; a subset without
 * investment starts where its twin with investment saved its state (RunFork), which saves the twin
 * a lead time less a month of its run.
 */
export function decompose(
  inputs: ModelInputs,
  base: { ws: Workspace; totals: RunTotals },
  scratch: Workspace,
  verdict?: { mechanical: RunTotals; scenario: RunTotals },
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
  // Each distinct run once: a subset takes the value of its effective channels (inert-channels.ts).
  const plan = runPlan(inputs, verdict !== undefined);
  const known = new Uint8Array(SUBSETS);
  for (let subset = 0; subset < SUBSETS; subset++) {
    const on = effectiveChannels(inputs, subset);
    if (known[on] || plan.run.has(on)) continue;
    store(
      on,
      (on & LEVERS) === 0 ? base.totals : on === plan.mechanical ? verdict!.mechanical : verdict!.scenario,
    );
    known[on] = 1;
  }
  // A run with investment on and its twin without share their first months (RunFork, run-state.ts).
  const shockAt = shockIndex(inputs.p.shockMonth);
  const forkMonth = shockAt + Math.max(1, inputs.p.leadTimeMonths) - 1;
  const fork =
    forkMonth > shockAt && forkMonth < base.ws.months ? new RunFork(base.ws.tiers, base.ws.months) : null;
  // Downwards: a set with investment on comes before its twin (the same number less the bit).
  for (let on = SUBSETS - 1; on >= 0; on--) {
    if (!plan.run.has(on) || known[on]) continue;
    const twin = on & ~CHANNEL.investment;
    if (fork && twin !== on && plan.run.has(twin) && !known[twin]) {
      fork.month = forkMonth;
      fork.channels = -1;
      store(on, runModel(inputs, on, scratch, base.ws, false, { save: fork }));
      store(twin, runModel(inputs, twin, scratch, base.ws, false, { resume: fork }));
      known[twin] = 1;
    } else store(on, runModel(inputs, on, scratch, base.ws, false));
    known[on] = 1;
  }
  for (let subset = 0; subset < SUBSETS; subset++) {
    const on = effectiveChannels(inputs, subset);
    if (on !== subset) value.copyWithin(subset * BASES.length, on * BASES.length, (on + 1) * BASES.length);
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

/**
 * The subsets the decomposition runs (their effective channels): those with a lever of the shock,
 * but for the verdict's mechanical and scenario runs when their totals are given.
 */
function runPlan(inputs: ModelInputs, withVerdict: boolean): { run: Set<number>; mechanical: number } {
  const mechanical = effectiveChannels(inputs, MECHANICAL_CHANNELS);
  const scenario = effectiveChannels(inputs, SUBSETS - 1);
  const run = new Set<number>();
  for (let subset = 0; subset < SUBSETS; subset++) {
    const on = effectiveChannels(inputs, subset);
    if ((on & LEVERS) !== 0 && !(withVerdict && (on === mechanical || on === scenario))) run.add(on);
  }
  return { run, mechanical };
}

/** How many runs the decomposition makes for these inputs beside the verdict's (the bench reports it). */
export function subsetsRun(inputs: ModelInputs): number {
  return runPlan(inputs, true).run.size;
}
