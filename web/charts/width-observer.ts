import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Reports the host element's content width (whole CSS pixels, > 0) whenever it changes, while the
 * host is connected. The host keeps the width in its own reactive state, so its update cycle sees
 * the change like any other property.
 */
export class WidthObserver implements ReactiveController {
  private observer: ResizeObserver | null = null;

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly onWidth: (width: number) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.observer = new ResizeObserver((entries) => {
      const width = Math.floor(entries[entries.length - 1].contentRect.width);
      if (width > 0) this.onWidth(width);
    });
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = null;
  }
}
