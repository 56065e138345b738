import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OffscreenUpdate } from '../../web/app/offscreen-update';

/** A host without a DOM: Node has no IntersectionObserver, so only `seen()` moves the flag. */
function host(): ReactiveControllerHost & Element {
  return {
    addController: (_c: ReactiveController) => {},
    removeController: () => {},
    requestUpdate: () => {},
    updateComplete: Promise.resolve(true),
  } as unknown as ReactiveControllerHost & Element;
}

afterEach(() => {
  vi.useRealTimers();
});

describe('OffscreenUpdate', () => {
  it('updates at once while on screen (and before the observer has reported)', () => {
    const screen = new OffscreenUpdate(host());
    const ran: string[] = [];
    expect(screen.onScreen).toBe(true);
    expect(screen.schedule(() => ran.push('now'))).toBe(1);
    expect(ran).toEqual(['now']);
  });

  it('off screen, updates in the next task: after this task’s microtasks, one timer for every panel', async () => {
    vi.useFakeTimers();
    const timers = vi.spyOn(globalThis, 'setTimeout');
    const a = new OffscreenUpdate(host());
    const b = new OffscreenUpdate(host());
    a.seen(false);
    b.seen(false);
    const ran: string[] = [];
    const done = Promise.all([a.schedule(() => ran.push('a')), b.schedule(() => ran.push('b'))]);
    await Promise.resolve();
    await Promise.resolve();
    ran.push('microtasks');
    expect(ran).toEqual(['microtasks']);
    expect(timers).toHaveBeenCalledTimes(1);
    await vi.runAllTimersAsync();
    await done;
    expect(ran).toEqual(['microtasks', 'a', 'b']);
    // Back on screen: at once again.
    a.seen(true);
    a.schedule(() => ran.push('a again'));
    expect(ran.at(-1)).toBe('a again');
    timers.mockRestore();
  });
});
