// The DOM-free parts behind explaining the answer (issue 9): which controls do nothing, percent
// fields, undo, the vintage label, wrapping captions, the missing-font check and the waterfall's
// cut labels.
import { describe, expect, it } from 'vitest';
import { parameterById } from '../../models';
import { defaultScenario, scenarioFromPreset } from '../../src/scenario/from-preset';
import { fieldScale, fieldText, fieldValue } from '../../web/components/exact-value';
import { fitLabel } from '../../web/charts/waterfall-vm';
import { wrapText } from '../../web/charts/wrap-text';
import { glyphsMissing } from '../../web/i18n/cjk-font';
import { vintageText } from '../../web/i18n/vintage';
import type { AppState } from '../../web/state/app-state';
import { inactiveParameters, shockOff } from '../../web/state/relevance';
import { AppStore } from '../../web/state/store';
import { UndoHistory } from '../../web/state/undo-history';

describe('controls that do nothing', () => {
  it('names the reservation spread under constant elasticity, and not under the reservation curve', () => {
    const s = defaultScenario();
    expect(s.demandCurve.kind).toBe('constant');
    expect(inactiveParameters(s).get('reservationSigma')).toBe('inactive.reservationOnly');
    const reservation = { ...s, demandCurve: { kind: 'reservation' as const } };
    expect(inactiveParameters(reservation).has('reservationSigma')).toBe(false);
  });

  it('names the shock’s dependent sliders when their lever is 0, and finds the shock off in the pre-DeepSeek preset', () => {
    const pre = scenarioFromPreset('pre-deepseek');
    expect(shockOff(pre)).toBe(true);
    expect(shockOff(defaultScenario())).toBe(false);
    const inactive = inactiveParameters(pre);
    expect(inactive.get('challengerFlopsRatio')).toBe('inactive.efficiencyOff');
    expect(inactive.get('trainingEfficiencyRatio')).toBe('inactive.trainingOff');
    expect(inactive.get('challengerShareMonths')).toBe('inactive.shockOff');
    expect(inactiveParameters(defaultScenario()).has('challengerFlopsRatio')).toBe(false);
  });
});

describe('percent fields', () => {
  const share = parameterById.challengerShareMax;
  it('show and take percent for a share: 40 means 40 %, exactly 0.4', () => {
    expect(share.unit).toBe('share');
    expect(fieldScale(share)).toBe(100);
    expect(fieldText(0.4, share)).toBe('40');
    expect(fieldValue('40', share)).toBe(0.4);
    expect(fieldValue('40 %', share)).toBe(0.4);
    expect(fieldValue('12.5', share)).toBe(0.125);
    expect(Number.isNaN(fieldValue('', share))).toBe(true);
  });

  it('leave other units as they are', () => {
    const eta = parameterById.elasticity;
    expect(fieldText(1.25, eta)).toBe('1.25');
    expect(fieldValue('1.25', eta)).toBe(1.25);
  });
});

describe('undo', () => {
  function store(): AppStore {
    const state: AppState = {
      scenario: defaultScenario(),
      lang: 'en',
      theme: 'auto',
      baseline: { kind: 'base' },
      basis: 'servedCompute',
    };
    return new AppStore(state);
  }

  it('puts back the scenario before a change, one drag of one slider as one step', () => {
    let now = 0;
    const s = store();
    const history = new UndoHistory(s, () => now);
    const start = s.state.scenario;
    for (const v of [1.1, 1.2, 1.3]) {
      now += 16;
      s.setParameter('elasticity', v);
    }
    now += 2000;
    s.setParameter('qualityShock', 0.5);
    expect(history.canUndo).toBe(true);
    expect(history.undo()).toBe(true);
    expect(s.state.scenario.parameters.qualityShock).toBe(start.parameters.qualityShock);
    expect(s.state.scenario.parameters.elasticity).toBe(1.3);
    expect(history.undo()).toBe(true);
    expect(s.state.scenario).toBe(start);
    expect(history.canUndo).toBe(false);
    expect(history.undo()).toBe(false);
  });

  it('does not count a language change, and forgets what came before a link was read', () => {
    const s = store();
    const history = new UndoHistory(s, () => 0);
    s.set({ lang: 'zh' });
    expect(history.canUndo).toBe(false);
    s.setParameter('elasticity', 2);
    history.forget();
    expect(history.canUndo).toBe(false);
  });
});

describe('small parts', () => {
  it('write the vintage from the catalogue’s one constant', () => {
    expect(vintageText('en')).toBe('as of 28 Feb 2025');
    expect(vintageText('zh')).toBe('截至2025年2月28日');
  });

  it('wrap a caption at spaces, between Chinese characters, and cut a long link', () => {
    const measure = (s: string) => s.length;
    expect(wrapText('one two three four', 9, measure)).toEqual(['one two', 'three', 'four']);
    expect(wrapText('情景相对预设的修改', 4, measure)).toEqual(['情景相对', '预设的修', '改']);
    const link = wrapText('Open: http://example.org/#preset=x&elasticity=1.5', 12, measure);
    expect(link.every((l) => l.length <= 12)).toBe(true);
    expect(link.join('')).toBe('Open:http://example.org/#preset=x&elasticity=1.5');
  });

  it('find Chinese glyphs missing when they draw like the missing-glyph box, or nothing', () => {
    const box = [1, 1, 0, 1];
    expect(glyphsMissing('中文', (t) => (t === '中文' ? [0, 1, 1, 0] : box))).toBe(false);
    expect(glyphsMissing('中文', () => box)).toBe(true);
    expect(glyphsMissing('中文', (t) => (t === '中文' ? [0, 0, 0, 0] : box))).toBe(true);
    expect(glyphsMissing('中文', () => null)).toBe(false);
  });

  it('cut a waterfall label that does not fit with an ellipsis, and keep one that does', () => {
    expect(fitLabel('Investment', 200)).toBe('Investment');
    const cut = fitLabel('Efficiency (compute per token)', 80);
    expect(cut.endsWith('…')).toBe(true);
    expect(cut.length).toBeLessThan('Efficiency (compute per token)'.length);
  });
});
