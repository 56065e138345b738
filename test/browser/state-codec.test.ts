// The app's state codecs and formatters, run in Node beside the browser tests that use them.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parameters } from '../../models';
import type { ParamId } from '../../models/schema';
import { scenarioFromPreset } from '../../src/scenario/from-preset';
import { formatNumber, formatValue } from '../../web/i18n/format';
import type { AppState } from '../../web/state/app-state';
import { DEFAULT_PRESET_ID } from '../../web/state/catalogue';
import { numericScenario } from '../../web/state/resolve-state';
import { readSavedEntry } from '../../web/state/saved-scenarios';
import { decodeHash, encodeState } from '../../web/state/url-state';

const base = (): AppState => ({
  scenario: scenarioFromPreset(DEFAULT_PRESET_ID),
  lang: 'en',
  theme: 'auto',
  baseline: { kind: 'base' },
});

/** A valid value of a parameter, as a slider could set it. */
const sliderValue = (id: ParamId) => {
  const def = parameters.find((p) => p.id === id)!;
  return def.integer
    ? fc.integer({ min: def.min, max: def.max })
    : fc.double({ min: def.min, max: def.max, noNaN: true, noDefaultInfinity: true });
};

describe('URL state', () => {
  it('writes nothing for the default view', () => {
    expect(encodeState(base())).toBe('');
  });

  it('round-trips any set of changed parameters, curve, language, theme and baseline', () => {
    const ids = parameters.map((p) => p.id);
    const changes = fc
      .uniqueArray(fc.constantFrom(...ids), { maxLength: 6 })
      .chain((chosen) => fc.tuple(...chosen.map((id) => sliderValue(id).map((v) => [id, v] as const))));
    fc.assert(
      fc.property(
        changes,
        fc.constantFrom('constant', 'reservation'),
        fc.constantFrom('en', 'zh'),
        fc.constantFrom('auto', 'light', 'dark'),
        (pairs, curve, lang, theme) => {
          const state = base();
          for (const [id, v] of pairs) state.scenario.parameters[id] = v;
          state.scenario.demandCurve = { kind: curve };
          Object.assign(state, { lang, theme });
          const decoded = decodeHash(`#${encodeState(state)}`);
          expect(decoded.problems).toEqual([]);
          expect(numericScenario(decoded).parameters).toEqual(state.scenario.parameters);
          expect(numericScenario(decoded).demandCurve).toEqual({ kind: curve });
          expect(decoded.lang ?? 'en').toBe(lang);
          expect(decoded.theme ?? 'auto').toBe(theme);
        },
      ),
      { seed: 7, numRuns: 200 },
    );
  });

  it('reports each hostile piece and keeps the rest', () => {
    const decoded = decodeHash(
      '#state=%7Bbad&__proto__=1&constructor=2&elasticity=NaN&horizonMonths=99999&demandLagMonths=3&lang=xx',
    );
    const codes = decoded.problems.map((p) => `${p.code}:${p.field}`);
    expect(codes).toEqual([
      'bad-json:state',
      'unknown-id:__proto__',
      'unknown-id:constructor',
      'not-a-number:elasticity',
      'out-of-range:horizonMonths',
      'bad-value:lang',
    ]);
    expect(decoded.numbers).toEqual({ demandLagMonths: 3 });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(decoded.problems.find((p) => p.field === 'elasticity')?.kept).toBe(
      scenarioFromPreset(DEFAULT_PRESET_ID).parameters.elasticity,
    );
  });

  it('reads a JSON state and lets explicit keys override it', () => {
    const json = encodeURIComponent(
      JSON.stringify({ extends: DEFAULT_PRESET_ID, parameters: { elasticity: 0.4 } }),
    );
    const decoded = decodeHash(`#state=${json}&elasticity=0.9`);
    expect(decoded.problems).toEqual([]);
    expect(decoded.numbers.elasticity).toBe(0.9);
  });
});

describe('saved entries', () => {
  it('accept a well-formed entry and describe every damaged one', () => {
    const ok = readSavedEntry(
      'a',
      JSON.stringify({ version: 1, savedAt: 'x', scenario: { name: 'a', parameters: {} } }),
    );
    expect(ok.ok).toBe(true);
    const reasons = [
      '{',
      '[]',
      '{"version":2,"scenario":{}}',
      '{"version":1}',
      '{"version":1,"scenario":{"parameters":3}}',
    ].map((text) => readSavedEntry('b', text));
    expect(reasons.map((r) => r.ok)).toEqual([false, false, false, false, false]);
  });
});

describe('numbers for people', () => {
  it('use 万/亿/万亿 in Chinese and K/M/B/T with separators in English', () => {
    expect(formatValue(3e11, 'USD', 'zh')).toBe('3000亿美元');
    expect(formatValue(3e11, 'USD', 'en')).toBe('$300B');
    expect(formatValue(2.5e13, 'tokens/month', 'zh')).toBe('25万亿 token/月');
    expect(formatNumber(1234, 'en')).toBe('1,234');
    expect(formatNumber(12_345, 'zh')).toBe('1.23万');
    expect(formatValue(0.38, 'share', 'en')).toBe('38%');
  });

  it('never show NaN or Infinity', () => {
    for (const v of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
      expect(formatValue(v, 'USD', 'en')).toBe('—');
      expect(formatNumber(v, 'zh')).toBe('—');
    }
  });
});
