/**
 * `npm run bench` (issue 7): every figure side by side in one run, each the median of several
 * repetitions (this machine is noisy):
 *   a. nanoseconds per simulated month of the engine (the scenario run of runModel),
 *   b. the same per-month equations compiled from C (the limit; scripts/bench/c-loop.c),
 *   c. the same equations evaluated naively with mathjs (scripts/bench/naive-model.ts),
 *   d. one jevons() verdict with the break-even search, and with the decomposition,
 *   e. a 10,000-point elasticity sweep,
 *   f. Monte Carlo with 20,000 samples on one thread and on every thread, and the bands' cost,
 *   g. Sobol indices with N = 4,096 (scripts/bench/monte-carlo.ts),
 * then where the engine's time goes (a CPU profile of the month, clearing evaluations per month,
 * the cost of the deterministic exp/log). Options: --quick (one repetition of the long work),
 * --rounds N (repetitions of the long work, default 3), --preset ID.
 * Reports only; no test asserts a timing.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DEFAULT_PRESET_ID } from '../../models';
import { ALL_CHANNELS, MECHANICAL_CHANNELS, NO_CHANNELS } from '../../src/engine/channels';
import { subsetsRun } from '../../src/engine/decomposition';
import { lastSearch } from '../../src/engine/break-even';
import { jevons } from '../../src/engine/jevons';
import { toModelInputs } from '../../src/engine/model-inputs';
import { runModel } from '../../src/engine/run-model';
import { workspaceFor } from '../../src/engine/simulate';
import { linspace, sweep } from '../../src/engine/sweep';
import { detExp, detLog } from '../../src/math/det-math';
import type { RunTotals } from '../../src/model/types';
import { scenarioFromPreset } from '../../src/scenario/from-preset';
import { cReference, unsupported } from './c-reference';
import { benchMonteCarlo } from './monte-carlo';
import { naiveRun } from './naive-model';
import { selfTimeShares } from './profile';
import { CLOCK, duration, measure, ratio, row, target, timeRounds } from './timing';

const argv = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : undefined;
};
const quick = argv.includes('--quick');
const rounds = Number(option('rounds') ?? (quick ? 1 : 3));
const presetId = option('preset') ?? DEFAULT_PRESET_ID;

const scenario = scenarioFromPreset(presetId);
const inputs = toModelInputs(scenario);

// The naive baseline is timed in a child process of its own (this bundle with --naive-month): its
// mathjs objects and closures would otherwise reach the engine's call sites here (its solver is the
// engine's MarketClearing) and turn V8's monomorphic calls there polymorphic, slowing every figure
// measured after it.
if (argv.includes('--naive-month')) {
  console.log(measure(() => naiveRun(inputs), { minMs: 400, rounds: 3, warmup: 1 }));
  process.exit(0);
}
const wsBase = workspaceFor(inputs);
const wsMech = workspaceFor(inputs);
const ws = workspaceFor(inputs);
const months = ws.months;

console.log(
  `Jevons benchmark — Node ${process.version}, preset ${presetId}, ${months} months per run (2023-01 + ${inputs.p.horizonMonths} months from 2025-01)`,
);
console.log(
  `Medians of 5 batches for short work, of ${rounds} repetition(s) for the sweep and Monte Carlo; ${CLOCK === 'cpu' ? 'CPU time of the process (JEVONS_BENCH_CLOCK=wall for wall time)' : 'wall time'}.\n`,
);

// Warm-up: every piece of work once or more before anything is timed, so that no figure includes
// V8 compiling the engine (which the CPU clock would count, compiler threads included).
{
  const until = performance.now() + (quick ? 1000 : 3000);
  while (performance.now() < until) {
    runModel(inputs, NO_CHANNELS, wsBase);
    runModel(inputs, MECHANICAL_CHANNELS, wsMech, wsBase);
    runModel(inputs, ALL_CHANNELS, ws);
    jevons(scenario);
    sweep(scenario, 'elasticity', linspace(0, 3, 20));
  }
}

// ---- a, b, c: one simulated month
console.log(
  'a–c. One simulated month (the scenario run: every channel of the shock on, the market clearing)',
);
const scenMs = measure(() => runModel(inputs, ALL_CHANNELS, ws));
const baseMs = measure(() => runModel(inputs, NO_CHANNELS, wsBase));
const mechMs = measure(() => runModel(inputs, MECHANICAL_CHANNELS, wsMech, wsBase));
const totals = runModel(inputs, ALL_CHANNELS, ws);
const engineMonth = scenMs / months;
const evaluationsPerMonth = totals.clearingEvaluations / months;
console.log(
  row(
    'engine: runModel, scenario run',
    duration(engineMonth),
    `${evaluationsPerMonth.toFixed(1)} clearing evaluations a month`,
  ),
);
console.log(
  row(
    'engine: base run (no shock) / mechanical run',
    `${duration(baseMs / months)}`,
    `/ ${duration(mechMs / months)}`,
  ),
);
const reason = unsupported(inputs);
const c = reason ? null : cReference(inputs);
if (c) {
  const keys = Object.keys(totals).filter((k) => k !== 'clearingEvaluations') as (keyof RunTotals)[];
  const worst = Math.max(
    ...keys.map((k) => Math.abs(c.totals[k] - totals[k]) / Math.max(Math.abs(totals[k]), 1e-300)),
  );
  const cMonth = c.nsPerMonth / 1e6;
  console.log(
    row(
      'compiled C reference (gcc -O2, libm exp/log)',
      duration(cMonth),
      worst <= 1e-9
        ? `same totals (max relative difference ${worst.toExponential(1)})`
        : `TOTALS DIFFER by ${worst}`,
    ),
  );
  console.log(
    row(
      'engine / C',
      ratio(engineMonth / cMonth),
      target(engineMonth / cMonth, 3, 'within 3× of the C reference'),
    ),
  );
} else {
  console.log(
    row('compiled C reference', '—', reason ? `not run: ${reason}` : 'not run: no gcc (apt-get install gcc)'),
  );
}
// The same comparison on the textbook preset: no clearing (compute at a constant cost), one demand
// evaluation a month, so what is left is the month's fixed work.
{
  const textbook = toModelInputs(scenarioFromPreset('textbook'));
  const wsText = workspaceFor(textbook);
  const ms = measure(() => runModel(textbook, ALL_CHANNELS, wsText)) / wsText.months;
  const cText = unsupported(textbook) ? null : cReference(textbook);
  console.log(
    row(
      'textbook preset (no clearing): engine / C',
      cText ? ratio(ms / (cText.nsPerMonth / 1e6)) : '—',
      `${duration(ms)} vs ${cText ? duration(cText.nsPerMonth / 1e6) : 'no gcc'}: the month's work outside the clearing`,
    ),
  );
}
const naiveMonth = reason ? Number.NaN : naiveRunMs() / months;
console.log(row('naive: mathjs expressions, fresh objects each step', duration(naiveMonth)));
console.log(row('naive / engine', ratio(naiveMonth / engineMonth)));

// ---- d: the verdict
console.log(
  '\nd. One jevons() verdict (base, mechanical and scenario runs, verdicts at 12, 24 months and the end)',
);
const verdictMs = measure(() => jevons(scenario, { breakEven: false, decomposition: false }));
const breakEvenMs = measure(() => jevons(scenario, { decomposition: false }));
const decompositionMs = measure(() => jevons(scenario, { breakEven: false }));
const fullMs = measure(() => jevons(scenario), { minMs: 300, rounds: 5, warmup: 1 });
const runs = (ms: number) => `≈ ${(ms / scenMs).toFixed(0)} scenario runs of time`;
console.log(row('jevons(): the verdict alone', duration(verdictMs), runs(verdictMs)));
console.log(
  row(
    'jevons(): with the break-even elasticity',
    duration(breakEvenMs),
    `${target(breakEvenMs, 1, '< 1 ms')}; ${runs(breakEvenMs)}`,
  ),
);
console.log(
  row(
    `jevons(): with the decomposition (${subsetsRun(inputs)} of 63 subsets run)`,
    duration(decompositionMs),
    `${target(decompositionMs, 5, '< 5 ms')}; ${runs(decompositionMs)}`,
  ),
);
console.log(row('jevons(): everything (the default)', duration(fullMs), runs(fullMs)));
// What the break-even costs, and its floor: the verdict's three runs plus a base and a scenario run
// (96 + 72 months) for each elasticity the search tries; the verdict alone is the floor of any
// jevons() with the break-even, whatever the search.
{
  jevons(scenario, { decomposition: false });
  const trials = lastSearch.trials;
  const trialMs = measure(() => {
    runModel(inputs, NO_CHANNELS, wsBase, undefined, false);
    runModel(inputs, ALL_CHANNELS, wsMech, wsBase, false);
  });
  console.log(
    row(
      '  break-even: elasticities tried × (base + scenario run)',
      `${trials} × ${duration(trialMs)}`,
      `= ${duration(trials * trialMs)} beyond the verdict; no search is cheaper than the verdict and one trial, ${duration(verdictMs + trialMs)}`,
    ),
  );
}

// ---- e: sweep
const points = 10_000;
console.log(`\ne. Sweep: ${points.toLocaleString('en-US')} elasticities from 0 to 3 (three runs each)`);
const values = linspace(0, 3, points);
sweep(scenario, 'elasticity', values.subarray(0, 200)); // warm-up
const sweepMs = timeRounds(() => sweep(scenario, 'elasticity', values), rounds, false);
const perMonthStep = sweepMs / (points * 3 * months);
console.log(
  row(
    `sweep(elasticity, ${points.toLocaleString('en-US')} points)`,
    duration(sweepMs),
    `${duration(perMonthStep)} per run-month`,
  ),
);
console.log(
  row(
    'naive equivalent (extrapolated from its month)',
    duration(naiveMonth * months * 3 * points),
    `${ratio(naiveMonth / perMonthStep)} the engine`,
  ),
);

// ---- f, g: Monte Carlo on 1 and every thread, and Sobol indices (from dist/: worker threads)
console.log('');
await benchMonteCarlo(
  scenario,
  rounds,
  {
    naiveMonthMs: naiveMonth,
    engineRunMs: { base: baseMs, mechanical: mechMs, scenario: scenMs },
    cMonthMs: c ? c.nsPerMonth / 1e6 : Number.NaN,
  },
  { quick },
);

// ---- where the time goes
console.log('\nWhere the engine spends a month (CPU profile of the scenario run, self time by function)');
const shares = await selfTimeShares(() => runModel(inputs, ALL_CHANNELS, ws), 1500);
for (const { name, share } of shares.slice(0, 8))
  console.log(row(`  ${name}`, `${(share * 100).toFixed(1)}%`));
const xs = Float64Array.from({ length: 4096 }, (_, i) => 0.5 + i / 512);
const perCall = (f: (x: number) => number) =>
  measure(() => {
    let s = 0;
    for (let i = 0; i < xs.length; i++) s += f(xs[i]);
    if (s === 0.5) console.log(s);
  }) / xs.length;
console.log(
  row(
    'exp / log per call: deterministic (det-math.ts)',
    `${duration(perCall(detExp))}`,
    `/ ${duration(perCall(detLog))}; Math.exp / Math.log: ${duration(perCall(Math.exp))} / ${duration(perCall(Math.log))}`,
  ),
);
console.log(
  row(
    'clearing evaluations per month (excess demand at a trial price)',
    evaluationsPerMonth.toFixed(1),
    `each ≈ ${duration(engineMonth / (evaluationsPerMonth + 1))} of the month`,
  ),
);

if (existsSync('bin/jevons.js') && existsSync('dist/cli.js')) {
  console.log(`\nCLI: \`node bin/jevons.js run ${presetId}\` wall time (median of 5)`);
  try {
    const cli = timeRounds(
      () => execFileSync(process.execPath, ['bin/jevons.js', 'run', presetId], { stdio: 'ignore' }),
      5,
      true,
      () => performance.now(),
    );
    console.log(row(`jevons run ${presetId}`, duration(cli), target(cli, 500, '< 0.5 s')));
  } catch (error) {
    console.log(row(`jevons run ${presetId}`, '—', `failed: ${(error as Error).message.split('\n')[0]}`));
  }
}

/** One naive run's time (ms), measured in a child process (see --naive-month above). */
function naiveRunMs(): number {
  const out = execFileSync(process.execPath, [fileURLToPath(import.meta.url), ...argv, '--naive-month'], {
    encoding: 'utf8',
  });
  return Number(out.trim().split('\n').at(-1));
}
