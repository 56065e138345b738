/**
 * Monte Carlo section of `npm run bench` (issue 4): nanoseconds per sample-month for the engine
 * path and for the same model written naively, side by side in one run, and the wall time of
 * 20,000 samples × 72 months. Called from scripts/bench/main.ts. Reports only; no test asserts timing.
 */
import { toModelInputs } from '../../src/engine/model-inputs';
import type { Scenario } from '../../src/model/types';
import { scenarioFromPreset } from '../../src/scenario/from-preset';
import { monteCarlo } from '../../src/uncertainty/monte-carlo';
import { createPrng } from '../../src/uncertainty/prng';
import { quantileOfSorted } from '../../src/uncertainty/quantiles';
import { resolveDistributions } from '../../src/uncertainty/resolve-distributions';
import { createSampler } from '../../src/uncertainty/sampler';
import { naiveRun } from './naive-model';
import { msText, ns, row } from './timing';

const MONTHS = 72;

function median(times: number[]): number {
  return [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)];
}

function timeIt(fn: () => void, rounds: number): number {
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return median(times);
}

/**
 * The naive Monte Carlo: a fresh inputs object per sample, three mathjs-evaluated runs (the
 * naive model has only the scenario mode, so it runs that three times for the same work), every
 * path kept in arrays, and quantiles by sorting each month at the end.
 */
function naiveMonteCarlo(scenario: Scenario, samples: number): number {
  const inputs = toModelInputs(scenario);
  const sampler = createSampler(resolveDistributions(scenario));
  const prng = createPrng(1);
  const row = new Float64Array(sampler.ids.length);
  const paths: number[][] = [];
  for (let i = 0; i < samples; i++) {
    const trial = { ...inputs, p: { ...inputs.p } };
    sampler.draw(prng, trial, row, 0);
    naiveRun(trial);
    naiveRun(trial);
    paths.push(naiveRun(trial).gpuSpend);
  }
  let checksum = 0;
  for (let t = 0; t < MONTHS; t++) {
    const column = paths.map((path) => path[t]).sort((a, b) => a - b);
    checksum += quantileOfSorted(column, 0.5);
  }
  return checksum;
}

export function benchMonteCarlo(presetId = 'deepseek-shock'): void {
  const scenario = scenarioFromPreset(presetId);
  scenario.parameters.horizonMonths = MONTHS;
  const uncertain = Object.keys(resolveDistributions(scenario)).length;
  console.log(
    `\nMonte Carlo: ${presetId}, ${MONTHS} months, ${uncertain} uncertain parameters, 3 runs per sample, p5…p95 bands for 17 series`,
  );
  monteCarlo(scenario, { samples: 2000, seed: 1 }); // warm-up: let V8 optimise the loop
  const bigMs = timeIt(() => monteCarlo(scenario, { samples: 20_000, seed: 1 }), 3);
  const smallMs = timeIt(() => monteCarlo(scenario, { samples: 2000, seed: 1 }), 5);
  const engineNs = (bigMs * 1e6) / (20_000 * MONTHS);
  const naiveSamples = 60;
  naiveMonteCarlo(scenario, 5);
  const naiveMs = timeIt(() => naiveMonteCarlo(scenario, naiveSamples), 3);
  const naiveNs = (naiveMs * 1e6) / (naiveSamples * MONTHS);
  console.log(row('monteCarlo: 20,000 samples × 72 months', msText(bigMs), 'target < 0.5 s'));
  console.log(row('engine path, per sample-month', ns(engineNs / 1e6), 'target ≤ 350 ns'));
  console.log(
    row(
      'naive (objects per step, mathjs, all paths kept)',
      ns(naiveNs / 1e6),
      `from ${naiveSamples} samples`,
    ),
  );
  console.log(row('ratio naive / engine', `${(naiveNs / engineNs).toFixed(0)}×`));
  console.log(
    row('monteCarlo: 2,000 samples (the web fan bands)', msText(smallMs), 'browser target < 100 ms'),
  );
}
