import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Reports whether the host element is on or near the screen (within `margin` of the viewport)
 * whenever that changes, while the host is connected. Charts use it to put off redrawing while
 * nobody can see them: a slider step then costs only the charts in view.
 */
export class VisibilityObserver implements ReactiveController {
  private observer: IntersectionObserver | null = null;

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly onVisible: (visible: boolean) => void,
    private readonly margin = '50px',
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (typeof IntersectionObserver !== 'function') return;
    this.observer = new IntersectionObserver(
      (entries) => this.onVisible(entries[entries.length - 1].isIntersecting),
      { rootMargin: this.margin },
    );
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = null;
    this.onVisible(true);
  }
}
