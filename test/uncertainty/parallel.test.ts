// Issue 10: the same seed gives bit-identical output on 1, 2 or 8 worker threads and for any chunk
// size. Node's worker threads run here from the TypeScript sources (node-pool.ts bundles the
// worker on the fly); test/cli tests run them from dist through the CLI.
import { afterAll, describe, expect, it } from 'vitest';
import { linspace, sweep } from '../../src/engine/sweep';
import { BASES, type Scenario } from '../../src/model/types';
import { defaultScenario } from '../../src/scenario/from-preset';
import { monteCarlo } from '../../src/uncertainty/monte-carlo';
import type { MonteCarloResult } from '../../src/uncertainty/monte-carlo-types';
import type { ThreadPool } from '../../src/uncertainty/parallel/coordinator';
import { createNodePool } from '../../src/uncertainty/parallel/node-pool';
import { monteCarloOnPool, sensitivityOnPool, sweepOnPool } from '../../src/uncertainty/parallel/pool-runs';
import { monteCarloParallel } from '../../src/uncertainty/parallel/run-parallel';
import { QUANTILE_KEYS } from '../../src/uncertainty/quantiles';
import { sensitivity } from '../../src/uncertainty/sensitivity';

function shortScenario(): Scenario {
  const scenario = defaultScenario();
  scenario.parameters.horizonMonths = 12;
  return scenario;
}

/** Every number a Monte Carlo result carries, in a fixed order. */
function numbers(r: MonteCarloResult): number[] {
  const out: number[] = [r.samples, ...r.sampleInputs];
  const bands = [
    ...r.bandedSeries.map((id) => r.quantiles[id]!),
    ...r.tiers.flatMap((t) => [r.tierQuantiles.tokensByTier[t], r.tierQuantiles.listPriceByTier[t]]),
    ...Object.values(r.byYear.bands),
  ];
  for (const band of bands) for (const key of QUANTILE_KEYS) out.push(...band![key]);
  for (const values of Object.values(r.sampleOutputs)) out.push(...values);
  for (const basis of BASES) {
    const v = r.verdicts[basis];
    out.push(
      v.probabilityBackfire.value,
      v.probabilityBackfire.low,
      v.probabilityBackfire.high,
      v.undefinedShare,
    );
    out.push(...Object.values(v.verdictCounts));
    for (const key of QUANTILE_KEYS)
      out.push(v.rebound?.[key] ?? Number.NaN, v.changeVsBase?.[key] ?? Number.NaN);
  }
  return out;
}

/** Bit for bit: every double the same, NaN and −0 included. */
function expectIdentical(a: number[], b: number[], what: string): void {
  expect(b.length, what).toBe(a.length);
  const first = a.findIndex((v, i) => !Object.is(v, b[i]));
  expect(first, `${what}: first difference at ${first}: ${a[first]} vs ${b[first]}`).toBe(-1);
}

describe('parallel runs give bit-identical results', { timeout: 240_000 }, () => {
  // One pool per thread count for the file (monteCarloParallel & co. make one per call): a worker's
  // start — loading its bundle, warming its JIT — is the slow part on a small machine.
  const pools = new Map<number, ThreadPool>();
  const pool = async (threads: number) => {
    if (!pools.has(threads)) pools.set(threads, await createNodePool(threads));
    return pools.get(threads) as ThreadPool;
  };
  afterAll(() => {
    for (const p of pools.values()) p.close();
  });

  it('Monte Carlo on 1, 2 and 8 threads, with chunks of 1, 7, 33 and the default, equals the one-loop run', async () => {
    const scenario = shortScenario();
    const options = { samples: 90, seed: 2025 };
    const reference = numbers(monteCarlo(scenario, { ...options, chunk: 1000 }));
    expectIdentical(reference, numbers(monteCarlo(scenario, { ...options, chunk: 7 })), 'in-thread, chunk 7');
    for (const [threads, chunk] of [
      [1, 33],
      [2, 7],
      [2, undefined],
      [8, 1],
      [8, 33],
    ] as const) {
      const r = await monteCarloOnPool(await pool(threads), scenario, { ...options, chunk });
      expectIdentical(reference, numbers(r), `${threads} threads, chunk ${chunk ?? 'default'}`);
    }
  });

  it('a sample is the same whatever ran before it: the first n of a run are a run of n', () => {
    const scenario = shortScenario();
    const long = monteCarlo(scenario, { samples: 40, seed: 9 });
    const short = monteCarlo(scenario, { samples: 15, seed: 9 });
    expectIdentical(
      [...short.sampleInputs, ...short.sampleOutputs.reboundServedCompute],
      [
        ...long.sampleInputs.subarray(0, short.sampleInputs.length),
        ...long.sampleOutputs.reboundServedCompute.subarray(0, 15),
      ],
      'prefix',
    );
  });

  it('sweeps, tornadoes and Sobol indices on 1, 2 and 8 threads equal their one-thread functions', async () => {
    const scenario = shortScenario();
    const values = linspace(0.2, 2.8, 23);
    const swept = sweep(scenario, 'elasticity', values);
    const sweepNumbers = (s: typeof swept) =>
      BASES.flatMap((b) => [
        ...s.bases[b].base,
        ...s.bases[b].mechanical,
        ...s.bases[b].scenario,
        ...s.bases[b].rebound,
      ]);
    const tornado = sensitivity(scenario, { range: 'distribution', samples: 20, seed: 4 });
    const tornadoNumbers = (t: typeof tornado) =>
      Object.values(t.tornado)
        .flatMap((rows) =>
          rows.flatMap((r) => [
            r.low,
            r.high,
            r.lowOutput ?? Number.NaN,
            r.highOutput ?? Number.NaN,
            r.swing,
          ]),
        )
        .concat(
          t.global!.rows.flatMap((r) => [r.changeServedCompute, r.changeCapex, r.reboundServedCompute]),
        );
    const sobolOptions = {
      method: 'sobol' as const,
      samples: 8,
      seed: 3,
      bootstrap: 100,
      factors: ['elasticity' as const, 'substitutionElasticity' as const],
    };
    const sobol = sensitivity(scenario, sobolOptions);
    const sobolNumbers = (s: typeof sobol) =>
      Object.values(s.outputs).flatMap((o) =>
        o.factors.flatMap((f) => [
          f.first.value,
          f.first.low,
          f.first.high,
          f.total.value,
          f.total.low,
          f.total.high,
        ]),
      );
    for (const threads of [1, 2, 8]) {
      const p = await pool(threads);
      expectIdentical(
        sweepNumbers(swept),
        sweepNumbers(await sweepOnPool(p, scenario, 'elasticity', values)),
        `sweep, ${threads} threads`,
      );
      expectIdentical(
        tornadoNumbers(tornado),
        tornadoNumbers(
          (await sensitivityOnPool(p, scenario, {
            range: 'distribution',
            samples: 20,
            seed: 4,
          })) as typeof tornado,
        ),
        `tornado, ${threads} threads`,
      );
      expectIdentical(
        sobolNumbers(sobol),
        sobolNumbers((await sensitivityOnPool(p, scenario, sobolOptions)) as typeof sobol),
        `sobol, ${threads} threads`,
      );
    }
  });

  it('stops on an aborted signal, rejecting with its reason', async () => {
    const controller = new AbortController();
    const run = monteCarloParallel(shortScenario(), {
      samples: 5000,
      seed: 1,
      threads: 2,
      chunk: 10,
      signal: controller.signal,
      onProgress: (done) => done >= 20 && controller.abort(new Error('stop now')),
    });
    await expect(run).rejects.toThrow('stop now');
  });
});

describe('the library’s worker-thread functions', { timeout: 120_000 }, () => {
  it('check their options like the rest of the API, threads included', async () => {
    const lib = await import('../../src/index');
    const scenario = shortScenario();
    expect(() => lib.monteCarloParallel(scenario, { samples: 10, seed: 1, threads: 0 })).toThrow(
      /options\.threads must be within 1–256; got 0/,
    );
    expect(() => lib.sensitivityParallel(scenario, { method: 'sobol', samples: 8, threads: 1.5 })).toThrow(
      /options\.threads must be a whole number; got 1\.5/,
    );
    expect(() => lib.sweepParallel(scenario, 'elasticity', [Number.NaN])).toThrow(/values\[0\]/);
    const sobol = lib.sensitivity(scenario, {
      method: 'sobol',
      samples: 4,
      bootstrap: 10,
      factors: ['elasticity'],
    });
    expect(sobol.factors.map((f) => f.id)).toEqual(['elasticity', 'others']);
    const swept = await lib.sweepParallel(scenario, 'elasticity', [0.5, 1.5], { threads: 2 });
    expect(Array.from(swept.values)).toEqual([0.5, 1.5]);
  });
});
