/**
 * Work counted, not timed: the fuzz suites bound what a command may cost by the engine runs it
 * makes. A test file routes src/engine/run-model through `countingRunModel` with vi.mock (vi.mock
 * must be written in the test file itself, and this module imports nothing of the engine, so the
 * mock's factory can load it while the engine is being loaded):
 *
 *   vi.mock('../../src/engine/run-model', async (importOriginal) =>
 *     (await import('../support/engine-runs')).countingRunModel(await importOriginal()),
 *   );
 */
import type * as RunModel from '../../src/engine/run-model';

/** Engine runs since the last reset (runCli resets it for each command line). */
export const engineRuns = { count: 0 };

/** The module with runModel counting each call. */
export function countingRunModel(original: typeof RunModel): typeof RunModel {
  return {
    ...original,
    runModel: (...args: Parameters<typeof original.runModel>) => {
      engineRuns.count++;
      return original.runModel(...args);
    },
  };
}
