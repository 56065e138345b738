// Issue 11.3 in Monte Carlo: a user's demand curve that leaves the usable numbers in some sampled
// run refuses the run — first sample (index, run, month, x, eps, value) and count — instead of
// bands and verdict counts computed from values the engine clipped to 0.
import { afterAll, describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/model/types';
import { parseScenario } from '../../src/scenario/parse';
import { monteCarlo } from '../../src/uncertainty/monte-carlo';
import type { ThreadPool } from '../../src/uncertainty/parallel/coordinator';
import { createNodePool } from '../../src/uncertainty/parallel/node-pool';
import { monteCarloOnPool, sensitivityOnPool } from '../../src/uncertainty/parallel/pool-runs';
import { sensitivity } from '../../src/uncertainty/sensitivity';
import { UncertaintyInputError } from '../../src/uncertainty/errors';
import { refusal } from './refusal';

function scenario(expression: string): Scenario {
  const read = parseScenario({
    name: 'steep',
    parameters: { horizonMonths: 12 },
    demandCurve: { expression },
  });
  if (!read.ok) throw new Error(read.errors.map((e) => e.message).join('\n'));
  return read.scenario;
}

/** Usable at the scenario's elasticity (1): x^(−1); from eps ≈ 2 on (x^(−1024)) past 1e12 once the price index is below ~0.97. */
const STEEP = 'x^(-(eps^10))';
/** Only the elasticity varies, over a range where some draws make the curve overflow. */
const WIDE_ELASTICITY = { elasticity: { dist: 'uniform', min: 0.5, max: 2.9 } } as const;

const firstSample = (message: string): number => Number(/ of sample (\d+)\)/.exec(message)?.[1]);

describe('Monte Carlo watches a user demand curve in every sampled run', { timeout: 120_000 }, () => {
  it('refuses with the first sample, its run, month, x, eps and value, and the count', () => {
    const s = scenario(STEEP);
    const message = refusal(() =>
      monteCarlo(s, { samples: 200, seed: 3, distributions: WIDE_ELASTICITY }),
    ) as string;
    expect(message).toMatch(
      /^demandCurve\.expression: the demand curve (gives [\d.e+]+ × the start demand, above 1e12|is infinity) at x = [\d.e−-]+ \(the price index in 20\d\d-\d\d of the (base|mechanical|scenario) run of sample \d+\), eps = [\d.]+; \d+ of 200 sampled runs reach values the model cannot use/,
    );
    expect(message).not.toMatch(/NaN|Infinity/);
    // The named sample is the first: the samples before it are a run of their own, and pass.
    const first = firstSample(message);
    if (first > 0)
      expect(
        refusal(() => monteCarlo(s, { samples: first, seed: 3, distributions: WIDE_ELASTICITY })),
      ).toBeNull();
    const one = refusal(() => monteCarlo(s, { samples: first + 1, seed: 3, distributions: WIDE_ELASTICITY }));
    expect(one).toMatch(new RegExp(`of sample ${first}\\), .*; 1 of ${first + 1} sampled runs`));
    // It is a sample with a steep draw: eps well above the scenario's 1.
    expect(Number(/eps = ([\d.]+)/.exec(message)?.[1])).toBeGreaterThan(1.5);
  });

  it('a bounded curve of the same shape runs, with finite bands', () => {
    const s = scenario(`min(${STEEP}, 1e6)`);
    const result = monteCarlo(s, { samples: 200, seed: 3, distributions: WIDE_ELASTICITY });
    expect(result.samples).toBe(200);
    for (const id of result.bandedSeries) {
      for (const v of result.quantiles[id]!.p50) expect(Number.isFinite(v)).toBe(true);
    }
  });

  const pools: ThreadPool[] = [];
  afterAll(() => {
    for (const p of pools) p.close();
  });

  it('the same refusal on worker threads, for any chunk size', async () => {
    const s = scenario(STEEP);
    const here = refusal(() => monteCarlo(s, { samples: 200, seed: 3, distributions: WIDE_ELASTICITY }));
    expect(here).toMatch(/^demandCurve\.expression: /);
    const pool = await createNodePool(2);
    pools.push(pool);
    for (const chunk of [7, 64]) {
      const there = await monteCarloOnPool(pool, s, {
        samples: 200,
        seed: 3,
        chunk,
        distributions: WIDE_ELASTICITY,
      }).then(
        () => null,
        (error: unknown) => (error instanceof UncertaintyInputError ? error.problems.join('\n') : error),
      );
      expect(there).toBe(here);
    }
  });

  it('the tornado and the Sobol analysis refuse the same way, naming the swing or the design row', async () => {
    const s = scenario(STEEP);
    // The slider's range of the elasticity reaches 3, where the curve overflows.
    const tornado = refusal(() => sensitivity(s, { samples: 0 }));
    expect(tornado).toMatch(
      /^demandCurve\.expression: the demand curve .* of the swing of elasticity to 3\), eps = 3; \d+ of \d+ evaluations reach values the model cannot use, so the tornado states no answer/,
    );
    const sobol = refusal(() =>
      sensitivity(s, { method: 'sobol', samples: 16, seed: 1, distributions: WIDE_ELASTICITY }),
    );
    expect(sobol).toMatch(
      /of design row \d+'s evaluation (A|B|A_B of factor 0)\), eps = [\d.]+; \d+ of 48 evaluations reach values the model cannot use, so the Sobol analysis states no answer/,
    );
    // On worker threads: the same words.
    const pool = await createNodePool(2);
    pools.push(pool);
    const there = (run: Promise<unknown>) =>
      run.then(
        () => null,
        (error: unknown) => (error instanceof UncertaintyInputError ? error.problems.join('\n') : error),
      );
    expect(await there(sensitivityOnPool(pool, s, { samples: 0 }))).toBe(tornado);
    expect(
      await there(
        sensitivityOnPool(pool, s, { method: 'sobol', samples: 16, seed: 1, distributions: WIDE_ELASTICITY }),
      ),
    ).toBe(sobol);
  });
});
