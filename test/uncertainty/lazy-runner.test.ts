import { describe, expect, it } from 'vitest';
import { defaultScenario } from '../../src/scenario/from-preset';
import { createLazyRunner } from '../../web/uncertainty/lazy-runner';
import type { McResult } from '../../web/uncertainty/mc-protocol';
import type { McRunner } from '../../web/uncertainty/mc-runner';

/** A runner that records what it was asked and answers each run with the request's seed. */
function recordingRunner() {
  const calls: string[] = [];
  const runner: McRunner = {
    run: (request) => {
      calls.push(`run ${request.seed}`);
      return Promise.resolve({ status: 'done', result: { samples: request.seed } as unknown as McResult });
    },
    sobol: (request, factors) => {
      calls.push(`sobol ${request.seed} ${factors.join(',')}`);
      return Promise.resolve({ status: 'superseded' });
    },
    cancel: () => calls.push('cancel'),
    terminate: () => calls.push('terminate'),
  };
  return { runner, calls };
}

/** A chunk load the test settles by hand. */
function manualLoad() {
  let resolve: (runner: McRunner) => void = () => {};
  let reject: (error: Error) => void = () => {};
  const promise = new Promise<McRunner>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { load: () => promise, resolve, reject };
}

const request = (seed: number) => ({ scenario: defaultScenario(), samples: 10, seed });

describe('the Monte Carlo runner loaded on demand (lazy-runner.ts)', () => {
  it('runs only the newest of the calls made before its chunk arrived; the older are superseded', async () => {
    const { runner, calls } = recordingRunner();
    const chunk = manualLoad();
    const lazy = createLazyRunner(chunk.load);
    const first = lazy.run(request(1));
    const second = lazy.run(request(2));
    chunk.resolve(runner);
    expect(await first).toEqual({ status: 'superseded' });
    expect(await second).toEqual({ status: 'done', result: { samples: 2 } });
    expect(calls).toEqual(['run 2']);
  });

  it('hands calls straight to the loaded runner, so a cancel reaches the run it follows', async () => {
    const { runner, calls } = recordingRunner();
    const lazy = createLazyRunner(() => Promise.resolve(runner));
    await lazy.run(request(1));
    void lazy.run(request(2));
    lazy.cancel();
    void lazy.sobol?.(request(3), ['elasticity']);
    expect(calls).toEqual(['run 1', 'run 2', 'cancel', 'sobol 3 elasticity']);
  });

  it('starts nothing that was cancelled before the chunk arrived, and frees a runner that arrives after terminate', async () => {
    const { runner, calls } = recordingRunner();
    const chunk = manualLoad();
    const lazy = createLazyRunner(chunk.load);
    const waiting = lazy.run(request(1));
    lazy.cancel();
    lazy.terminate();
    chunk.resolve(runner);
    expect(await waiting).toEqual({ status: 'superseded' });
    expect(calls).toEqual(['terminate']);
  });

  it('answers with an error naming the failure when the chunk cannot load', async () => {
    const chunk = manualLoad();
    const lazy = createLazyRunner(chunk.load);
    const run = lazy.run(request(1));
    const sobol = lazy.sobol?.(request(1), []);
    chunk.reject(new Error('Failed to fetch dynamically imported module'));
    expect(await run).toEqual({ status: 'superseded' });
    expect(await sobol).toEqual({ status: 'error', message: 'Failed to fetch dynamically imported module' });
  });
});
