/**
 * Monte Carlo section of `npm run bench`: wall time of 2,000 and 20,000 samples (three runs each:
 * base, mechanical, scenario; streaming p5…p95 bands of every series), what a sample costs against
 * its three runs alone (the rest is sampling, bands and verdict bookkeeping), and the naive
 * equivalent extrapolated from the naive model's month. Called from scripts/bench/main.ts.
 */
import type { Scenario } from '../../src/model/types';
import { monteCarlo } from '../../src/uncertainty/monte-carlo';
import { resolveDistributions } from '../../src/uncertainty/resolve-distributions';
import { duration, ratio, row, target, timeRounds } from './timing';

export interface MonteCarloContext {
  /** The naive model's time per simulated month (ms), NaN when it was not run. */
  naiveMonthMs: number;
  /** Time of one engine run of each kind (ms), measured by the caller. */
  engineRunMs: { base: number; mechanical: number; scenario: number };
}

export function benchMonteCarlo(scenario: Scenario, rounds: number, context: MonteCarloContext): void {
  const uncertain = Object.keys(resolveDistributions(scenario)).length;
  const first = monteCarlo(scenario, { samples: 100, seed: 1 }); // warm-up
  const months = first.months.length;
  console.log(
    `f. Monte Carlo: ${uncertain} uncertain parameters, ${months} months, 3 runs a sample, bands for every series and tier`,
  );
  const sizes = [2000, 20_000];
  let last = first;
  const times = sizes.map((samples) =>
    timeRounds(
      () => {
        last = monteCarlo(scenario, { samples, seed: 1 });
      },
      rounds,
      false,
    ),
  );
  const { base, mechanical, scenario: scen } = context.engineRunMs;
  const threeRuns = base + mechanical + scen;
  sizes.forEach((samples, i) => {
    const ms = times[i];
    const note =
      samples === 2000
        ? `${duration(ms / samples)} a sample; the app's target: bands < 150 ms after the last input (npm run bench:web)`
        : `${duration(ms / samples)} a sample; ${duration(ms / (samples * months))} per sample-month`;
    console.log(row(`monteCarlo: ${samples.toLocaleString('en-US')} samples`, duration(ms), note));
  });
  const perSample = times[1] / sizes[1];
  console.log(
    row(
      'a sample vs its three runs alone (base + mechanical + scenario)',
      duration(perSample),
      `vs ${duration(threeRuns)}: draws, bands and verdict bookkeeping cost the difference`,
    ),
  );
  if (Number.isFinite(context.naiveMonthMs)) {
    const naive = context.naiveMonthMs * months * 3 * sizes[1];
    console.log(
      row(
        'naive equivalent of 20,000 samples (extrapolated)',
        duration(naive),
        `${ratio(naive / times[1])} the engine`,
      ),
    );
  }
  const p = last.probabilityBackfire;
  const pc = last.probabilityBackfireCapex;
  const pct = (v: number) => `${(v * 100).toFixed(1)}%`;
  console.log(
    row(
      'result (20,000, seed 1): P(backfire), compute served',
      pct(p.value),
      `95% ${pct(p.low)}–${pct(p.high)} of ${p.n}; capex ${pct(pc.value)} of ${pc.n}; undefined ${pct(last.undefinedShare)}`,
    ),
  );
  console.log(
    row('issue 10: 20,000 samples with every core', '—', target(times[1], 400, '< 0.4 s (this is one core)')),
  );
}
