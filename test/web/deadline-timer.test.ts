import { afterEach, describe, expect, it, vi } from 'vitest';
import { DeadlineTimer } from '../../web/state/deadline-timer';

// On vitest's fake timers and fake clock (Date.now), so every time below is exact.
afterEach(() => {
  vi.useRealTimers();
});

function timer() {
  const fired: number[] = [];
  const t = new DeadlineTimer(
    () => fired.push(Date.now()),
    () => Date.now(),
  );
  return { t, fired };
}

describe('DeadlineTimer', () => {
  it('fires once, at the last deadline set, however often it is pushed back', async () => {
    vi.useFakeTimers({ now: 0 });
    const { t, fired } = timer();
    // A burst of steps 16 ms apart, each pushing the wait back to 250 ms after it.
    for (let i = 0; i < 20; i++) {
      t.after(250);
      await vi.advanceTimersByTimeAsync(16);
    }
    const last = 19 * 16;
    expect(fired).toEqual([]);
    expect(t.pending).toBe(true);
    await vi.runAllTimersAsync();
    expect(fired).toEqual([last + 250]);
    expect(t.pending).toBe(false);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('keeps one browser timer through a burst instead of one per push', async () => {
    vi.useFakeTimers({ now: 0 });
    const set = vi.spyOn(globalThis, 'setTimeout');
    const { t } = timer();
    for (let i = 0; i < 20; i++) {
      t.after(250);
      await vi.advanceTimersByTimeAsync(16);
    }
    await vi.runAllTimersAsync();
    // The first timer fires at 250 ms, mid-burst, and re-arms to the deadline of the latest push
    // (490 ms); that one re-arms to the burst's last deadline (554 ms): three timers, not twenty.
    expect(set.mock.calls.length).toBe(3);
    set.mockRestore();
  });

  it('moves an earlier deadline forward at once', async () => {
    vi.useFakeTimers({ now: 0 });
    const { t, fired } = timer();
    t.after(250);
    await vi.advanceTimersByTimeAsync(10);
    t.after(5);
    await vi.advanceTimersByTimeAsync(5);
    expect(fired).toEqual([15]);
    await vi.runAllTimersAsync();
    expect(fired).toEqual([15]);
  });

  it('fires nothing once cancelled, and can be set again', async () => {
    vi.useFakeTimers({ now: 0 });
    const { t, fired } = timer();
    t.after(30);
    t.cancel();
    expect(t.pending).toBe(false);
    await vi.runAllTimersAsync();
    expect(fired).toEqual([]);
    t.after(30);
    await vi.runAllTimersAsync();
    expect(fired).toEqual([30]);
  });
});
