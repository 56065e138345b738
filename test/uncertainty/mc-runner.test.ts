import { afterEach, describe, expect, it, vi } from 'vitest';
import { SERIES_IDS, type Scenario } from '../../src/model/types';
import { defaultScenario } from '../../src/scenario/from-preset';
import { monteCarlo } from '../../src/uncertainty/monte-carlo';
import { QUANTILE_KEYS } from '../../src/uncertainty/quantiles';
import { toPayload } from '../../web/uncertainty/mc-protocol';
import { createInProcessRunner } from '../../web/uncertainty/mc-runner';
import { McScheduler, type McStatus } from '../../web/uncertainty/mc-scheduler';

function scenario(elasticity = 1.2): Scenario {
  const s = defaultScenario();
  s.parameters.horizonMonths = 12;
  s.parameters.elasticity = elasticity;
  return s;
}

describe('the in-process runner (the worker message path, in Node)', { timeout: 60_000 }, () => {
  it('returns bit-identical numbers to monteCarlo() called directly', async () => {
    const runner = createInProcessRunner();
    const outcome = await runner.run(toPayload(scenario(), { samples: 300, seed: 11 }));
    const direct = monteCarlo(scenario(), { samples: 300, seed: 11 });
    if (outcome.status !== 'done') throw new Error(outcome.status);
    const r = outcome.result;
    for (const id of SERIES_IDS) {
      for (const key of QUANTILE_KEYS) expect(r.quantiles[id][key]).toEqual(direct.quantiles[id][key]);
    }
    expect(r.probabilityBackfire).toEqual(direct.probabilityBackfire);
    expect(r.probabilityBackfireCapex).toEqual(direct.probabilityBackfireCapex);
    expect(r.verdicts).toEqual(direct.verdicts);
    expect(r.byYear.bands.capex.p50).toEqual(direct.byYear.bands.capex.p50);
    for (const tier of r.tiers) {
      expect(r.tierQuantiles.tokensByTier[tier].p95).toEqual(direct.tierQuantiles.tokensByTier[tier].p95);
    }
    expect(r.sensitivity.tornado.reboundServedCompute.length).toBeGreaterThan(0);
    expect(r.sensitivity.global).toBeNull();
    runner.terminate();
  });

  it('abandons a run when a newer one arrives, between chunks', async () => {
    const runner = createInProcessRunner({ chunk: 50 });
    const progressA: number[] = [];
    // No sleep: the newer run is sent once the first one has reported its first chunk, so it is
    // known to be under way (and, with 100 chunks to go, far from done).
    let firstChunk: () => void = () => {};
    const started = new Promise<void>((resolve) => {
      firstChunk = resolve;
    });
    const a = runner.run(toPayload(scenario(0.8), { samples: 5000, seed: 1 }), (done) => {
      progressA.push(done);
      firstChunk();
    });
    await started;
    const b = runner.run(toPayload(scenario(1.6), { samples: 200, seed: 1 }));
    expect(await a).toEqual({ status: 'superseded' });
    const outcome = await b;
    expect(outcome.status).toBe('done');
    expect(progressA.length).toBeGreaterThan(0);
    expect(Math.max(...progressA)).toBeLessThan(5000);
    runner.terminate();
  });

  it('reports an invalid request as an error, not a crash', async () => {
    const runner = createInProcessRunner();
    const payload = { ...toPayload(scenario(), { samples: 10, seed: 1 }), samples: 0 };
    const outcome = await runner.run(payload);
    expect(outcome.status).toBe('error');
    if (outcome.status === 'error') expect(outcome.message).toMatch(/samples: must be an integer from 1/);
    runner.terminate();
  });
});

// The scheduler waits on the clock (minIntervalMs, quietMs): these tests run it, and the in-process
// runner's message hops, on vitest's fake timers and fake performance.now, so no result depends on
// how busy the machine is.
afterEach(() => {
  vi.useRealTimers();
});

describe('McScheduler', { timeout: 60_000 }, () => {
  it('turns a burst of inputs into one run with the latest scenario', async () => {
    vi.useFakeTimers();
    const runner = createInProcessRunner();
    const statuses: McStatus['state'][] = [];
    let resolveResult: (value: { elasticity: number; p: number }) => void = () => {};
    const received = new Promise<{ elasticity: number; p: number }>((resolve) => {
      resolveResult = resolve;
    });
    const scheduler = new McScheduler(
      runner,
      { samples: 100, seed: 2 },
      (result, s) =>
        resolveResult({ elasticity: s.parameters.elasticity as number, p: result.probabilityBackfire.value }),
      (status) => statuses.push(status.state),
    );
    const burst = Array.from({ length: 41 }, (_, i) => scenario(0.5 + i * 0.05));
    for (const s of burst) scheduler.request(s);
    await vi.runAllTimersAsync();
    const got = await received;
    expect(scheduler.requestsSent).toBe(1);
    expect(got.elasticity).toBeCloseTo(2.5, 12);
    expect(statuses[0]).toBe('running');
    expect(statuses.at(-1)).toBe('done');
    // Asking again for the scenario it already has (the app re-renders with it) starts nothing.
    scheduler.request(burst[40]);
    expect(scheduler.busy).toBe(false);
    await vi.advanceTimersByTimeAsync(40);
    expect(scheduler.requestsSent).toBe(1);
    expect(vi.getTimerCount()).toBe(0);
    runner.terminate();
  });
});

describe('McScheduler with a quiet period', { timeout: 60_000 }, () => {
  it('starts one run only after input has rested, cancelling nothing stale in between', async () => {
    vi.useFakeTimers();
    const runner = createInProcessRunner();
    const started: number[] = [];
    let resolveDone: () => void = () => {};
    const done = new Promise<void>((resolve) => {
      resolveDone = resolve;
    });
    const scheduler = new McScheduler(
      runner,
      { samples: 100, seed: 1, quietMs: 30 },
      () => resolveDone(),
      (status) => {
        if (status.state === 'running' && status.done === 0) started.push(performance.now());
      },
    );
    // Input every 8 ms, shorter than the 30 ms quiet period: nothing may start meanwhile.
    let last = 0;
    for (let i = 0; i < 10; i++) {
      scheduler.request(scenario(0.5 + i * 0.1));
      last = performance.now();
      await vi.advanceTimersByTimeAsync(8);
      expect(started).toEqual([]);
    }
    await vi.runAllTimersAsync();
    await done;
    expect(scheduler.requestsSent).toBe(1);
    expect(started).toHaveLength(1);
    // On the fake clock the quiet period is exact: the run starts 30 ms after the last input.
    expect(started[0] - last).toBe(30);
    runner.terminate();
  });
});
