/**
 * A timer whose deadline moves cheaply: `after(ms)` pushes the deadline back, and a timer that
 * fires before the deadline arms itself again for the rest. Each slider step pushes back a few
 * waits for input to rest (the URL rewrite, the background analysis); clearing and setting a
 * browser timer for each costs the step far more than keeping one number.
 */
export class DeadlineTimer {
  private deadline = 0;
  /** When the pending browser timer fires (it may be earlier than the deadline, never later). */
  private firesAt = 0;
  private handle: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly fire: () => void,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** True while a deadline is set and has not yet passed. */
  get pending(): boolean {
    return this.handle !== null;
  }

  /** Fires `ms` from now, replacing any deadline set before (earlier or later). */
  after(ms: number): void {
    const now = this.now();
    this.deadline = now + ms;
    // The timer already set fires first and then waits out the rest: nothing to do.
    if (this.handle !== null && this.firesAt <= this.deadline) return;
    if (this.handle !== null) clearTimeout(this.handle);
    this.arm(now, ms);
  }

  /** Forgets the deadline: nothing fires. */
  cancel(): void {
    if (this.handle !== null) clearTimeout(this.handle);
    this.handle = null;
  }

  private arm(now: number, ms: number): void {
    this.firesAt = now + ms;
    this.handle = setTimeout(this.onTimer, ms);
  }

  private readonly onTimer = (): void => {
    const now = this.now();
    const left = this.deadline - now;
    // Node's timers may fire up to a millisecond early: "early" means by more than that.
    if (left >= 1) {
      this.arm(now, left);
      return;
    }
    this.handle = null;
    this.fire();
  };
}
