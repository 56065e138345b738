import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Scenario } from '../../src/model/types';
import { defaultScenario } from '../../src/scenario/from-preset';
import { monteCarlo } from '../../src/uncertainty/monte-carlo';
import { QUANTILE_KEYS } from '../../src/uncertainty/quantiles';
import { sensitivity } from '../../src/uncertainty/sensitivity';
import { APP_BANDS, BANDED_SERIES } from '../../web/uncertainty/chart-bands';
import type { McResult } from '../../web/uncertainty/mc-protocol';
import { createInProcessRunner } from '../../web/uncertainty/mc-runner';
import { McScheduler, type McStatus } from '../../web/uncertainty/mc-scheduler';
import { QUIET_MS } from '../../web/uncertainty/quiet-period';

function scenario(elasticity = 1.2): Scenario {
  const s = defaultScenario();
  s.parameters.horizonMonths = 12;
  s.parameters.elasticity = elasticity;
  return s;
}

describe('the in-process runner (the pool’s message path, in Node)', { timeout: 60_000 }, () => {
  it('returns bit-identical numbers to monteCarlo() and the tornado called directly, first pass included', async () => {
    const runner = createInProcessRunner({ chunk: 7 });
    const partials: McResult[] = [];
    const outcome = await runner.run(
      { scenario: scenario(), samples: 150, seed: 11, range: 'distribution', passes: [40] },
      undefined,
      (partial) => partials.push(partial),
    );
    const direct = monteCarlo(scenario(), { samples: 150, seed: 11, bands: APP_BANDS });
    const first = monteCarlo(scenario(), { samples: 40, seed: 11, bands: APP_BANDS });
    if (outcome.status !== 'done') throw new Error(outcome.status);
    const r = outcome.result;
    expect(r.final).toBe(true);
    expect([...r.bandedSeries].sort()).toEqual([...BANDED_SERIES, 'capex'].sort());
    for (const id of BANDED_SERIES) {
      for (const key of QUANTILE_KEYS) expect(r.quantiles[id]![key]).toEqual(direct.quantiles[id]![key]);
    }
    expect(r.probabilityBackfire).toEqual(direct.probabilityBackfire);
    expect(r.probabilityBackfireCapex).toEqual(direct.probabilityBackfireCapex);
    expect(r.verdicts).toEqual(direct.verdicts);
    // The first pass is the first 40 samples of the run: exactly a run of 40.
    expect(partials).toHaveLength(1);
    expect(partials[0].final).toBe(false);
    expect(partials[0].samples).toBe(40);
    expect(partials[0].quantiles.rentalPrice).toEqual(first.quantiles.rentalPrice);
    expect(partials[0].probabilityBackfire).toEqual(first.probabilityBackfire);
    const tornado = sensitivity(scenario(), { range: 'distribution', samples: 0 });
    expect(r.sensitivity?.tornado).toEqual(tornado.tornado);
    expect(r.sensitivity?.global).toBeNull();
    runner.terminate();
  });

  it('computes the Sobol indices of the chosen factors, the rest as one group', async () => {
    const runner = createInProcessRunner();
    const outcome = await runner.sobol!({ scenario: scenario(), samples: 10, seed: 3, sobolRows: 8 }, [
      'elasticity',
      'substitutionElasticity',
    ]);
    if (outcome.status !== 'done') throw new Error(outcome.status);
    const ids = outcome.sobol.factors.map((f) => f.id);
    expect(ids).toEqual(['elasticity', 'substitutionElasticity', 'others']);
    expect(outcome.sobol.evaluations).toBe(8 * 5);
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
    const a = runner.run({ scenario: scenario(0.8), samples: 5000, seed: 1 }, (done) => {
      progressA.push(done);
      firstChunk();
    });
    await started;
    const b = runner.run({ scenario: scenario(1.6), samples: 200, seed: 1 });
    expect(await a).toEqual({ status: 'superseded' });
    const outcome = await b;
    expect(outcome.status).toBe('done');
    expect(progressA.length).toBeGreaterThan(0);
    expect(Math.max(...progressA)).toBeLessThan(5000);
    runner.terminate();
  });

  it('reports an invalid request as an error, not a crash', async () => {
    const runner = createInProcessRunner();
    const outcome = await runner.run({ scenario: scenario(), samples: 0, seed: 1 });
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

  it('reports a first pass, the full result, then the Sobol indices of the tornado’s largest parameters', async () => {
    vi.useFakeTimers();
    const runner = createInProcessRunner();
    const events: string[] = [];
    let resolveSobol: (factors: string[]) => void = () => {};
    const sobolArrived = new Promise<string[]>((resolve) => {
      resolveSobol = resolve;
    });
    const scheduler = new McScheduler(
      runner,
      {
        samples: 60,
        seed: 2,
        range: 'distribution',
        passes: [20],
        sobolRows: 4,
        sobolFactors: (result) =>
          result.sensitivity!.tornado.reboundServedCompute.slice(0, 2).map((r) => r.paramId),
      },
      {
        onResult: (result) => events.push(`result ${result.samples} ${result.final}`),
        onSobol: (sobol) => resolveSobol(sobol.factors.map((f) => f.id)),
      },
    );
    scheduler.request(scenario());
    await vi.runAllTimersAsync();
    const factors = await sobolArrived;
    expect(events).toEqual(['result 20 false', 'result 60 true']);
    expect(factors).toHaveLength(3);
    expect(factors.at(-1)).toBe('others');
    expect(scheduler.sobolBusy).toBe(false);
    runner.terminate();
  });
});

describe('McScheduler with a quiet period', { timeout: 60_000 }, () => {
  it('starts a lone input at once; in a burst, one run only after input has rested', async () => {
    vi.useFakeTimers();
    const runner = createInProcessRunner();
    const started: number[] = [];
    const results: number[] = [];
    const scheduler = new McScheduler(
      runner,
      { samples: 100, seed: 1, quietMs: 30 },
      (result) => results.push(result.samples),
      (status) => {
        if (status.state === 'running' && status.done === 0) started.push(performance.now());
      },
    );
    // Input every 8 ms, shorter than the 30 ms quiet period: the first input starts a run at
    // once (it might be a lone key press), the second cancels it, and nothing more starts meanwhile.
    const first = performance.now();
    let last = 0;
    for (let i = 0; i < 10; i++) {
      scheduler.request(scenario(0.5 + i * 0.1));
      last = performance.now();
      await vi.advanceTimersByTimeAsync(8);
      expect(started).toEqual([first]);
    }
    await vi.runAllTimersAsync();
    expect(scheduler.requestsSent).toBe(2);
    expect(started).toHaveLength(2);
    // On the fake clock the quiet period is exact: the burst's run starts 30 ms after the last input.
    expect(started[1] - last).toBe(30);
    // Only the burst's run reported bands: the first was superseded.
    expect(results).toEqual([100]);
    // A lone input well after the burst starts at once again.
    await vi.advanceTimersByTimeAsync(500);
    const lone = performance.now();
    scheduler.request(scenario(2.5));
    await vi.runAllTimersAsync();
    expect(started).toHaveLength(3);
    expect(started[2]).toBe(lone);
    runner.terminate();
  });

  it('with the app’s quiet period, starts nothing between the repeats of a held key', async () => {
    vi.useFakeTimers();
    const runner = createInProcessRunner();
    const started: number[] = [];
    const scheduler = new McScheduler(
      runner,
      { samples: 40, seed: 1, quietMs: QUIET_MS },
      () => {},
      (status) => {
        if (status.state === 'running' && status.done === 0) started.push(performance.now());
      },
    );
    // Key repeat 25 a second (X11's default), then a slower, scripted 60 ms: the first press starts
    // a run (it may be a lone press); no repeat after it does, until the key has been up QUIET_MS.
    const first = performance.now();
    let last = 0;
    for (const [i, gap] of [40, 40, 40, 40, 40, 60, 60, 60, 60].entries()) {
      scheduler.request(scenario(0.5 + i * 0.1));
      last = performance.now();
      await vi.advanceTimersByTimeAsync(gap);
      expect(started).toEqual([first]);
    }
    await vi.runAllTimersAsync();
    expect(started).toHaveLength(2);
    expect(started[1] - last).toBe(QUIET_MS);
    // The bands can still follow a burst's last input within 150 ms: the quiet period leaves room
    // for a first pass (~45 ms in the app).
    expect(QUIET_MS).toBeLessThanOrEqual(100);
    runner.terminate();
  });
});
