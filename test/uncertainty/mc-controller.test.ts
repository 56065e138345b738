import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { describe, expect, it } from 'vitest';
import { defaultScenario } from '../../src/scenario/from-preset';
import { UncertaintyController } from '../../web/uncertainty/mc-controller';
import { createInProcessRunner } from '../../web/uncertainty/mc-runner';

function fakeHost() {
  const controllers: ReactiveController[] = [];
  let updates = 0;
  const busy: boolean[] = [];
  const host: ReactiveControllerHost & { toggleAttribute: (name: string, on: boolean) => boolean } = {
    toggleAttribute: (name, on) => {
      if (name === 'data-mc-busy') busy.push(on);
      return on;
    },
    addController: (c) => controllers.push(c),
    removeController: () => {},
    requestUpdate: () => {
      updates++;
    },
    updateComplete: Promise.resolve(true),
  };
  return {
    host,
    connect: () => {
      for (const c of controllers) c.hostConnected?.();
    },
    updates: () => updates,
    busy: () => busy,
  };
}

describe('UncertaintyController (the app shell’s Monte Carlo)', { timeout: 120_000 }, () => {
  it('gives stable empty bands before a result, then memoised bands per language and the tornado', async () => {
    const { host, connect, updates, busy } = fakeHost();
    let notify: () => void = () => {};
    const arrived = new Promise<void>((resolve) => {
      notify = resolve;
    });
    const mc = new UncertaintyController(
      host,
      // The first pass arrives first; the test waits for the full run with its tornado.
      () => mc.result?.final && notify(),
      () => createInProcessRunner(),
    );
    connect();
    expect(mc.bands('en')).toBe(mc.bands('zh'));
    expect(mc.result).toBeNull();
    const scenario = defaultScenario();
    scenario.parameters.horizonMonths = 12;
    mc.request(scenario);
    await arrived;
    expect(mc.status.state).toBe('done');
    // Busy from the request until the result: what tests wait on before comparing charts.
    expect(busy()[0]).toBe(true);
    expect(busy().at(-1)).toBe(false);
    const en = mc.bands('en');
    expect(mc.bands('en')).toBe(en);
    expect(mc.bands('zh')).not.toBe(en);
    expect(en.price?.[0].label).toMatch(/90%/);
    expect(mc.result?.sensitivity?.tornado.reboundServedCompute.length).toBeGreaterThan(0);
    // running, the first pass, the full result, done: a few re-renders, not one per chunk.
    expect(updates()).toBeLessThanOrEqual(6);
    // A newer scenario (a drag): no bands around the moved line until its own result arrives.
    const moved = { ...scenario, parameters: { ...scenario.parameters, elasticity: 1.7 } };
    mc.request(moved);
    expect(Object.keys(mc.bands('en'))).toEqual([]);
    mc.hostDisconnected();
  });
});
