/**
 * Runs a computation at most once per animation frame with the latest input, SDEverywhere
 * model-scheduler style: the first request in a frame runs at once (in a microtask, so a burst of
 * synchronous events still collapses into one run); later requests in the same frame only set a
 * "run needed" flag and keep the newest input, and the next frame runs it. Input never waits a
 * whole frame unless it is already the second request in that frame.
 */
export class RunScheduler<I> {
  private pending: { input: I; inputTime: number } | null = null;
  private microtaskQueued = false;
  private ranThisFrame = false;
  private frameRequested = false;

  /**
   * `run` does the work and must not throw; `inputTime` is the timestamp of the event that asked
   * for it. `frame` schedules the next animation frame (injected so Node tests can drive it).
   */
  constructor(
    private readonly run: (input: I, inputTime: number) => void,
    private readonly frame: (callback: () => void) => void = (cb) => requestAnimationFrame(cb),
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** Asks for a run with `input`; the latest input wins. */
  request(input: I, inputTime: number = this.now()): void {
    this.pending = { input, inputTime };
    if (this.ranThisFrame) return; // the frame callback picks it up
    if (this.microtaskQueued) return;
    this.microtaskQueued = true;
    queueMicrotask(() => {
      this.microtaskQueued = false;
      this.flush();
    });
  }

  private flush(): void {
    const job = this.pending;
    if (!job) return;
    this.pending = null;
    this.ranThisFrame = true;
    this.requestFrame();
    this.run(job.input, job.inputTime);
  }

  private requestFrame(): void {
    if (this.frameRequested) return;
    this.frameRequested = true;
    this.frame(() => {
      this.frameRequested = false;
      this.ranThisFrame = false;
      if (this.pending) this.flush();
    });
  }
}
