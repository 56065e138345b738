/**
 * The Monte Carlo runner in its own chunk. The coordinator, the pool's functions and the in-process
 * executor (the whole Monte Carlo, tornado and Sobol code) are not needed for the first render: the
 * bands are asked for after it. So the page's first chunk holds only this stand-in, which starts
 * loading mc-runner.ts when it is made (at start-up, beside the first run) and hands every call to
 * the real runner once it is in. Until then a newer call supersedes an older one, as the real runner
 * does, so at most the newest request starts when the chunk arrives.
 */
import type { McRunner } from './mc-runner';

type Outcome<K extends 'run' | 'sobol'> = Awaited<ReturnType<NonNullable<McRunner[K]>>>;

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The best runner (module workers, else in this thread), loaded on demand. */
export function createLazyRunner(
  load: () => Promise<McRunner> = () => import('./mc-runner').then((m) => m.createBestRunner()),
): McRunner {
  let runner: McRunner | null = null;
  let terminated = false;
  /** Bumped by every call, cancel and terminate: a call waiting for the chunk runs only if still the newest. */
  let generation = 0;
  const ready = load().then((loaded) => {
    if (terminated) loaded.terminate();
    else runner = loaded;
    return loaded;
  });
  // A failed load is reported by the call that waits for it; nothing else listens.
  ready.catch(() => {});

  /** The loaded runner, or why a call made before it arrived is not to run: a newer call, a cancel, a failed load. */
  async function loaded(): Promise<
    McRunner | { status: 'superseded' } | { status: 'error'; message: string }
  > {
    const asked = ++generation;
    const r = await ready.catch((error: unknown) => ({ status: 'error' as const, message: message(error) }));
    return asked === generation && !terminated ? r : { status: 'superseded' };
  }

  return {
    // Once loaded, calls go straight through (a cancel right after a run reaches the run it follows).
    run(request, onProgress, onPartial): Promise<Outcome<'run'>> {
      if (runner) return runner.run(request, onProgress, onPartial);
      return loaded().then((r) => ('run' in r ? r.run(request, onProgress, onPartial) : r));
    },
    sobol(request, factors, onProgress): Promise<Outcome<'sobol'>> {
      const sobolOf = (r: McRunner): Promise<Outcome<'sobol'>> =>
        r.sobol
          ? r.sobol(request, factors, onProgress)
          : Promise.resolve({ status: 'error', message: 'this runner has no Sobol analysis' });
      if (runner) return sobolOf(runner);
      return loaded().then((r) => ('run' in r ? sobolOf(r) : r));
    },
    cancel() {
      generation++;
      runner?.cancel();
    },
    terminate() {
      terminated = true;
      generation++;
      runner?.terminate();
    },
  };
}
