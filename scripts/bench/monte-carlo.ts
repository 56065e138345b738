/**
 * Uncertainty section of `npm run bench` (issues 7 and 10), all from the built library (dist/, as
 * `npm run bench` builds it first), because worker threads start dist/jevons-worker.js:
 *   f. Monte Carlo, 20,000 samples of the scenario (three engine runs each, 2023-01 to the horizon):
 *      on one thread and on every thread (the speed-up), and what the bands cost — every band (the
 *      CLI), the app's five series, none;
 *   g. Sobol indices with N = 4,096 design rows on every uncertain parameter (N·(k + 2) verdicts);
 * each beside the naive baseline (the naive model's month × months × runs), extrapolated.
 * Wall time (performance.now): the CPU clock of the rest of the bench counts every thread's time,
 * which hides a speed-up. Reports only; no test asserts a timing.
 */
import { availableParallelism, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BandSelection } from '../../src/uncertainty/band-layout';
import type { MonteCarloResult } from '../../src/uncertainty/monte-carlo-types';
import type { SobolResult } from '../../src/uncertainty/sobol';
import type { Scenario } from '../../src/model/types';
import { duration, measure, ratio, row, target } from './timing';

export interface MonteCarloContext {
  /** The naive model's time per simulated month (ms), NaN when it was not run. */
  naiveMonthMs: number;
  /** Time of one engine run of each kind (ms), measured by the caller. */
  engineRunMs: { base: number; mechanical: number; scenario: number };
  /** The compiled C reference's time per month of the scenario run (ms); NaN or absent when not run. */
  cMonthMs?: number;
}

interface Library {
  monteCarlo(s: Scenario, o: { samples: number; seed: number; bands?: BandSelection }): MonteCarloResult;
  monteCarloParallel(
    s: Scenario,
    o: { samples: number; seed: number; threads?: number; bands?: BandSelection },
  ): Promise<MonteCarloResult>;
  sensitivityParallel(
    s: Scenario,
    o: { method: 'sobol'; samples: number; seed: number; threads?: number },
  ): Promise<SobolResult>;
  resolveDistributions(s: Scenario): Record<string, unknown>;
}

/** The built library (a computed path: esbuild must not bundle it into the bench). */
async function library(): Promise<Library | null> {
  try {
    const lib = (await import(pathToFileURL(resolve('dist/jevons.js')).href)) as Partial<Library>;
    return lib.monteCarloParallel && lib.sensitivityParallel ? (lib as Library) : null;
  } catch {
    return null;
  }
}

/** CPU time of this process in ms, its worker threads included. */
const cpuNow = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** CPU time of the last `wallRounds` (median), every thread's: what the work costs, whatever the load. */
let lastCpu = Number.NaN;

/**
 * Median wall time of `rounds` runs of async work, after a short warm-up (the JIT, the threads'
 * start); the median CPU time is left in `lastCpu`.
 */
async function wallRounds(
  work: () => Promise<unknown>,
  rounds: number,
  warmUp: () => Promise<unknown>,
): Promise<number> {
  await warmUp();
  const times: number[] = [];
  const cpu: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const start = performance.now();
    const cpuStart = cpuNow();
    await work();
    times.push(performance.now() - start);
    cpu.push(cpuNow() - cpuStart);
  }
  lastCpu = median(cpu);
  return median(times);
}

const NO_BANDS: BandSelection = { series: [], tiers: false, yearly: false };
const APP_BANDS: BandSelection = {
  series: ['pricePaid', 'tokensServed', 'rentalPrice', 'fleetH100e', 'capex'],
  tiers: false,
  yearly: false,
};

export async function benchMonteCarlo(
  scenario: Scenario,
  rounds: number,
  context: MonteCarloContext,
  options: { quick?: boolean } = {},
): Promise<void> {
  const lib = await library();
  if (!lib) {
    console.log('f. Monte Carlo — not run: dist/jevons.js lacks monteCarloParallel (npm run build:lib)');
    return;
  }
  const threads = availableParallelism();
  const uncertain = Object.keys(lib.resolveDistributions(scenario)).length;
  const samples = 20_000;
  const probe = await lib.monteCarloParallel(scenario, { samples: 20, seed: 1, threads: 1 });
  const months = probe.months.length;
  console.log(
    `f. Monte Carlo: ${samples.toLocaleString('en-US')} samples × ${months} months (${scenario.parameters.horizonMonths} from the shock), ${uncertain} uncertain parameters, 3 runs a sample; wall time, median of ${rounds}`,
  );
  const run =
    (threadCount: number, bands?: BandSelection, n = samples) =>
    () =>
      lib.monteCarloParallel(scenario, { samples: n, seed: 1, threads: threadCount, bands });
  const one = await wallRounds(run(1), rounds, run(1, undefined, 500));
  const oneCpu = lastCpu;
  let last: MonteCarloResult | null = null;
  const all = await wallRounds(
    () => run(threads)().then((r) => (last = r)),
    rounds,
    run(threads, undefined, 500),
  );
  const allCpu = lastCpu;
  console.log(
    row('monteCarloParallel, every band, 1 thread', duration(one), `${duration(one / samples)} a sample`),
  );
  console.log(
    row(
      `monteCarloParallel, every band, ${threads} threads`,
      duration(all),
      `speed-up ${ratio(one / all)} (${one / all >= 1.8 ? 'met' : 'MISSED'}: target ≥ 1.8× on 2 cores); ${target(all, 400, '20,000 samples < 0.4 s')}`,
    ),
  );
  // On a shared machine the wall clock measures the neighbours too; CPU time does not: the work
  // split over the threads costs allCpu in all, so with every core free the run would take about
  // allCpu / threads (when the chunks balance, which they do: 200 chunks for 2 threads).
  console.log(
    row(
      `  CPU time, 1 thread / ${threads} threads (all threads summed)`,
      `${duration(oneCpu)} / ${duration(allCpu)}`,
      `overhead of the split ${((allCpu / oneCpu - 1) * 100).toFixed(0)}%; speed-up on ${threads} free cores ≈ ${ratio((threads * oneCpu) / allCpu)}; load average now ${loadavg()[0].toFixed(1)}`,
    ),
  );
  const app = await wallRounds(run(threads, APP_BANDS), Math.max(1, rounds - 1), async () => {});
  const appCpu = lastCpu;
  const none = await wallRounds(run(threads, NO_BANDS), Math.max(1, rounds - 1), async () => {});
  const noneCpu = lastCpu;
  // CPU time again: the bands' cost is a share of the work, which the neighbours do not change.
  console.log(
    row(
      `  bands: every one / the app's 5 series / none, CPU time`,
      `${duration(allCpu)} / ${duration(appCpu)} / ${duration(noneCpu)}`,
      `every band (~2,800 histograms of a series-month) costs ${((allCpu / noneCpu - 1) * 100).toFixed(0)}% over none, the app's five ${((appCpu / noneCpu - 1) * 100).toFixed(0)}% (wall ${duration(app)} / ${duration(none)})`,
    ),
  );
  const { base, mechanical, scenario: scen } = context.engineRunMs;
  console.log(
    row(
      'a sample on 1 thread vs its three engine runs alone',
      duration(one / samples),
      `vs ${duration(base + mechanical + scen)} (CPU clock, measured above)`,
    ),
  );
  sampleBreakdown(lib, scenario, base + mechanical + scen);
  floor(probe, samples, threads, context);
  if (Number.isFinite(context.naiveMonthMs)) {
    const naive = context.naiveMonthMs * months * 3 * samples;
    console.log(
      row(
        'naive equivalent of 20,000 samples (extrapolated)',
        duration(naive),
        `${ratio(naive / all)} the engine on ${threads} threads`,
      ),
    );
  }
  const p = (last as MonteCarloResult | null)?.probabilityBackfire ?? probe.probabilityBackfire;
  const pct = (v: number) => `${(v * 100).toFixed(1)}%`;
  console.log(
    row(
      'result (20,000, seed 1): P(backfire), compute served',
      pct(p.value),
      `95% ${pct(p.low)}–${pct(p.high)} of ${p.n}; identical on any number of threads`,
    ),
  );

  // ---- g: Sobol
  const N = options.quick ? 1024 : 4096;
  const evaluations = N * (uncertain + 2);
  console.log(
    `\ng. Sobol indices: N = ${N.toLocaleString('en-US')} design rows × (${uncertain} parameters + 2) = ${evaluations.toLocaleString('en-US')} verdicts, ${threads} threads, one run${options.quick ? ' (--quick: N = 1,024; the issue asks N = 4,096)' : ''}`,
  );
  const start = performance.now();
  const sobol = await lib.sensitivityParallel(scenario, { method: 'sobol', samples: N, seed: 1, threads });
  const sobolMs = performance.now() - start;
  console.log(
    row(
      `sensitivity(method: 'sobol'), N = ${N.toLocaleString('en-US')}`,
      duration(sobolMs),
      `${duration(sobolMs / evaluations)} a verdict, bootstrap of ${sobol.bootstrap} included`,
    ),
  );
  if (Number.isFinite(context.naiveMonthMs)) {
    const naive = context.naiveMonthMs * months * 3 * evaluations;
    console.log(
      row('naive equivalent (extrapolated)', duration(naive), `${ratio(naive / sobolMs)} the engine`),
    );
  }
  const top = sobol.outputs.reboundServedCompute.factors.slice(0, 3);
  console.log(
    row(
      'largest total-order indices, rebound on compute served',
      '',
      top.map((f) => `${f.id} ST ${f.total.value.toFixed(2)} (S ${f.first.value.toFixed(2)})`).join('; '),
    ),
  );
}

/**
 * The floor of the "20,000 samples under 0.4 s" target: a sample needs its three engine runs (the
 * base from the history start, the mechanical and scenario runs from the shock month) whatever is
 * done around them, so no split of the work goes below runs × samples / threads — here with the
 * engine as measured, and at the compiled C reference's speed (the engine's runs scaled by the
 * C/engine ratio of the scenario run's month).
 */
function floor(probe: MonteCarloResult, samples: number, threads: number, context: MonteCarloContext): void {
  const months = probe.months.length;
  const runMonths = months + 2 * (months - probe.shockIndex);
  const { base, mechanical, scenario } = context.engineRunMs;
  const engine = base + mechanical + scenario;
  const cSample = Number.isFinite(context.cMonthMs ?? Number.NaN)
    ? (engine * (context.cMonthMs as number)) / (scenario / months)
    : Number.NaN;
  const budget = (400 * threads) / samples;
  console.log(
    row(
      `  floor on ${threads} threads: the runs alone, engine / C speed`,
      `${duration((engine * samples) / threads)} / ${duration((cSample * samples) / threads)}`,
      `${runMonths} run-months a sample (${months} + 2 × ${months - probe.shockIndex}): ${duration(engine)} a sample in the engine, ≈ ${duration(cSample)} at C speed; 0.4 s allows ${duration(budget)} a sample (${duration(budget / runMonths)} a run-month)`,
    ),
  );
}

/**
 * Where a sample's time goes, in this thread on the CPU clock (so the neighbours' load counts
 * little): its three engine runs (measured by the caller), the rest of a sample without bands
 * (draws, verdicts, bookkeeping; the engine's garbage collection shows here too), and the bands —
 * the app's five series, or every one as the CLI reports them. Each is timed at two sample
 * counts: the difference is the cost per sample, the rest a cost per run (setting up the
 * histograms, reading the quantiles off them), which a short run such as the app's first pass pays
 * in full.
 */
function sampleBreakdown(lib: Library, scenario: Scenario, engineMs: number): void {
  const [small, large] = [100, 400];
  const cost = (bands?: BandSelection) => {
    const time = (n: number) =>
      measure(() => lib.monteCarlo(scenario, { samples: n, seed: 3, bands }), { minMs: 200, rounds: 5 });
    const t1 = time(small);
    const perSample = (time(large) - t1) / (large - small);
    return { perSample, perRun: t1 - small * perSample };
  };
  const none = cost(NO_BANDS);
  const app = cost(APP_BANDS);
  const every = cost();
  const share = (ms: number) => `${((ms / every.perSample) * 100).toFixed(0)}%`;
  // Each figure is a difference of two timed runs: one the machine's noise turned negative is said so.
  const estimate = (ms: number) => (ms >= 0 ? duration(ms) : 'within the noise (measured below 0)');
  const rest = none.perSample - engineMs;
  const bands = every.perSample - none.perSample;
  console.log(
    row(
      '  a sample in this thread (CPU): engine runs + rest + every band',
      duration(every.perSample),
      `${duration(engineMs)} (${share(engineMs)}) + ${estimate(rest)} (${share(rest)}) + ${estimate(bands)} (${share(bands)}); the app's five bands ${estimate(app.perSample - none.perSample)}`,
    ),
  );
  console.log(
    row(
      '  a run’s bands beyond its samples: every one / the app’s five',
      `${estimate(every.perRun - none.perRun)} / ${estimate(app.perRun - none.perRun)}`,
      'histograms set up, quantiles read off (paid in full by a short run, such as the app’s first pass)',
    ),
  );
}
