// The safety net under the decomposition: an effect far out of scale with the verdict's totals (or
// not a finite number) comes from a counterfactual run that went wrong, so that basis is withheld —
// said on stderr and under the CLI's table — while the verdict stands. The engine no longer makes
// such runs for any known scenario (6775499 rations a month no price clears at r(ū)), so the engine
// is wrapped here to return one.
import { describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main';
import { scenarioFromPreset } from '../../src/scenario/from-preset';
import { checkedJevons } from '../../src/scenario/checked-jevons';
import { memoryIO } from '../cli/memory-io';

const wrong = vi.hoisted(() => ({ effect: 0 }));
vi.mock('../../src/engine/jevons', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/engine/jevons')>();
  return {
    ...original,
    jevons: (...args: Parameters<typeof original.jevons>) => {
      const result = original.jevons(...args);
      if (wrong.effect === 0) return result;
      const decomposition = result.decomposition.map((d) => {
        if (d.basis !== 'computeValue') return d;
        const [first] = Object.keys(d.effects);
        return { ...d, effects: { ...d.effects, [first]: wrong.effect } };
      });
      return { ...result, decomposition };
    },
  };
});

vi.setConfig({ testTimeout: 60_000 });

const SCENARIO = scenarioFromPreset('deepseek-shock');

describe('checkedJevons, given a decomposition whose runs went wrong', () => {
  it.each([
    [1e111, /^an effect of 1e\+111 USD beside totals of .+ USD/],
    [Number.NaN, /^an effect that is not a finite number/],
  ])('withholds that basis (effect %s), keeps the others and the verdict', (effect, reason) => {
    wrong.effect = effect;
    try {
      const checked = checkedJevons(SCENARIO);
      expect(checked.ok).toBe(true);
      if (!checked.ok) return;
      expect(checked.withheld.map((w) => w.basis)).toEqual(['computeValue']);
      expect(checked.withheld[0].reason).toMatch(reason);
      const shown = new Set(checked.result.decomposition.map((d) => d.basis));
      expect(shown.has('computeValue')).toBe(false);
      expect(shown.has('servedCompute') && shown.has('capex')).toBe(true);
      expect(checked.result.verdicts.length).toBeGreaterThan(0);
    } finally {
      wrong.effect = 0;
    }
  });

  it('shows everything when the effects are of the totals’ size', () => {
    const checked = checkedJevons(SCENARIO);
    expect(checked.ok && checked.withheld).toEqual([]);
  });

  it('the CLI says which basis is not shown and why, on stderr and under the table, and exits 0', async () => {
    wrong.effect = 1e111;
    try {
      const json = memoryIO();
      expect(await main(['run', 'deepseek-shock', '--format', 'json'], json.io)).toBe(0);
      expect(json.stderr()).toMatch(
        /^jevons: warning: the decomposition on the value of compute is not shown: an effect of /,
      );
      const bases = JSON.parse(json.stdout()).summary.decomposition.map((d: { basis: string }) => d.basis);
      expect(bases).not.toContain('computeValue');
      const table = memoryIO();
      expect(await main(['run', 'deepseek-shock'], table.io)).toBe(0);
      expect(table.stdout()).toMatch(/^ {2}the value of compute: not shown — an effect of /m);
    } finally {
      wrong.effect = 0;
    }
  });
});
