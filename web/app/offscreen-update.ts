import { LitElement, type ReactiveControllerHost } from 'lit';
import { VisibilityObserver } from '../charts/visibility-observer';

let nextTask: Promise<void> | null = null;

/** A promise for the next task: one timer however many elements wait for it. */
function afterThisTask(): Promise<void> {
  nextTask ??= new Promise((resolve) =>
    setTimeout(() => {
      nextTask = null;
      resolve();
    }, 0),
  );
  return nextTask;
}

/**
 * Whether a panel is on the screen, for a panel whose update may wait for the next task
 * while it is off screen. A slider step then redraws what the reader sees — the verdict bar, the
 * sliders, the charts in view — in the task that answers the input, and the panels scrolled away
 * (the full verdict, the comparison, the why) a task later: their text is current within
 * milliseconds for a screen reader or a search, not put off until they are scrolled to (as a chart's
 * drawing is). The panels get it by extending OffscreenLaterElement (below).
 */
export class OffscreenUpdate {
  private visible = true;

  constructor(host: ReactiveControllerHost & Element) {
    // Strictly on screen (no margin): a panel just out of sight loses nothing by a task's wait.
    new VisibilityObserver(host, (visible) => this.seen(visible), '0px');
  }

  /** The host came on or went off the screen (the observer's report). */
  seen(visible: boolean): void {
    this.visible = visible;
  }

  /** True while the host is on the screen (until the first report: assumed on screen). */
  get onScreen(): boolean {
    return this.visible;
  }

  /** Runs `update` now on screen; off screen, in the next task (shared by every panel waiting). */
  schedule<R>(update: () => R): R | Promise<R> {
    return this.visible ? update() : afterThisTask().then(update);
  }
}

/** An element whose update may wait a task while it is off screen (see OffscreenUpdate). */
export interface MayUpdateLater {
  readonly updatesLater?: boolean;
}

/**
 * A LitElement that, strictly off screen, runs its updates in the next task (OffscreenUpdate):
 * the base of the panels a slider step need not redraw before it answers.
 */
export abstract class OffscreenLaterElement extends LitElement implements MayUpdateLater {
  private readonly screen = new OffscreenUpdate(this);

  /** True while this element's update waits for the next task (it is off screen). */
  get updatesLater(): boolean {
    return !this.screen.onScreen;
  }

  protected override scheduleUpdate() {
    return this.screen.schedule(() => super.scheduleUpdate());
  }
}
