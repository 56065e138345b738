// The app's link codec and its use of the project's scenario reader, in Node.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parameters } from '../../models';
import type { ParamId } from '../../models/schema';
import { BASES } from '../../src/model/types';
import { NAMED_CURVES } from '../../src/scenario/demand-curves';
import { scenarioFromPreset } from '../../src/scenario/from-preset';
import type { AppState } from '../../web/state/app-state';
import { DEFAULT_PRESET_ID } from '../../web/state/catalogue';
import { readScenarioObject } from '../../web/state/read-scenario';
import { DEFAULT_BASIS, decodeHash, encodeState } from '../../web/state/url-state';

const base = (): AppState => ({
  scenario: scenarioFromPreset(DEFAULT_PRESET_ID),
  lang: 'en',
  theme: 'auto',
  baseline: { kind: 'base' },
  basis: DEFAULT_BASIS,
});

/** A valid value of a parameter, as a slider could set it. */
const sliderValue = (id: ParamId) => {
  const def = parameters.find((p) => p.id === id)!;
  return def.integer
    ? fc.integer({ min: def.min, max: def.max })
    : fc.double({ min: def.min, max: def.max, noNaN: true, noDefaultInfinity: true });
};

/** Parameters whose values the reader checks against each other; left out of the random changes. */
const CROSS_FIELD = new Set<ParamId>([
  'shockMonth',
  'horizonMonths',
  'fleetUtilization',
  'maxUtilization',
  'initialUtilization',
  'frontierTokenShare',
  'mainstreamTokenShare',
  'commodityTokenShare',
]);

describe('URL state', () => {
  it('writes nothing for the default view', () => {
    expect(encodeState(base())).toBe('');
    expect(decodeHash('')).toEqual({ scenario: null, presetId: DEFAULT_PRESET_ID, problems: [] });
  });

  it('round-trips changed parameters (exact doubles), curve, language, theme and basis through the reader', async () => {
    const ids = parameters.map((p) => p.id).filter((id) => !CROSS_FIELD.has(id));
    const changes = fc
      .uniqueArray(fc.constantFrom(...ids), { maxLength: 6 })
      .chain((chosen) => fc.tuple(...chosen.map((id) => sliderValue(id).map((v) => [id, v] as const))));
    await fc.assert(
      fc.asyncProperty(
        changes,
        fc.constantFrom(...NAMED_CURVES.map((c) => c.id)),
        fc.constantFrom('en', 'zh'),
        fc.constantFrom('auto', 'light', 'dark'),
        fc.constantFrom(...BASES),
        async (pairs, curve, lang, theme, basis) => {
          const state = base();
          for (const [id, v] of pairs) state.scenario.parameters[id] = v;
          state.scenario.demandCurve = { kind: curve };
          Object.assign(state, { lang, theme, basis });
          const link = decodeHash(`#${encodeState(state)}`);
          expect(link.problems).toEqual([]);
          expect(link.lang ?? 'en').toBe(lang);
          expect(link.theme ?? 'auto').toBe(theme);
          expect(link.basis ?? DEFAULT_BASIS).toBe(basis);
          const read = link.scenario
            ? await readScenarioObject(link.scenario)
            : { scenario: scenarioFromPreset(link.presetId), problems: [] };
          expect(read.problems).toEqual([]);
          expect(read.scenario?.parameters).toEqual(state.scenario.parameters);
          expect(read.scenario?.demandCurve.kind).toBe(curve);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('carries the scenario’s vintage (asOf): written only when set, read back by the reader', async () => {
    const state = base();
    state.scenario = { ...state.scenario, asOf: '2025-06-30' };
    state.scenario.parameters = { ...state.scenario.parameters, elasticity: 1.3 };
    const hash = encodeState(state);
    expect(new URLSearchParams(hash).get('asOf')).toBe('2025-06-30');
    const link = decodeHash(hash);
    expect(link.problems).toEqual([]);
    const read = await readScenarioObject(link.scenario);
    expect(read.problems).toEqual([]);
    expect(read.scenario?.asOf).toBe('2025-06-30');
    expect(read.scenario?.parameters.elasticity).toBe(1.3);
    expect(encodeState({ ...state, scenario: read.scenario! })).toBe(hash);
    // A link with only the vintage still needs the reader; one without writes no asOf.
    expect(decodeHash('#asOf=2025-06-30').scenario).toEqual({
      extends: DEFAULT_PRESET_ID,
      asOf: '2025-06-30',
      parameters: {},
    });
    expect(new URLSearchParams(encodeState(base())).has('asOf')).toBe(false);
  });

  it('leaves a vintage the reader refuses out, in its words, and keeps the rest of the link', async () => {
    const read = await readScenarioObject(decodeHash('#asOf=2025-02-30&elasticity=1.2').scenario);
    expect(read.scenario?.asOf).toBeUndefined();
    expect(read.scenario?.parameters.elasticity).toBe(1.2);
    expect(read.problems.map((p) => p.field)).toEqual(['$.asOf']);
    expect(read.problems[0].message).toMatch(/asOf/);
  });

  it('checks the page’s own keys and leaves the scenario to the reader, never touching a prototype', () => {
    const link = decodeHash(
      '#state=%7Bbad&__proto__=1&constructor=2&elasticity=NaN&lang=xx&basis=nope&theme=dark',
    );
    expect(link.problems.map((p) => `${p.code}:${p.field}`)).toEqual([
      'bad-json:state',
      'bad-value:lang',
      'bad-value:basis',
    ]);
    expect(link.theme).toBe('dark');
    const params = link.scenario?.parameters as Record<string, unknown>;
    expect(Object.keys(params)).toEqual(['__proto__', 'constructor', 'elasticity']);
    expect(Object.getPrototypeOf(params)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reads a JSON state and lets explicit keys override it', async () => {
    const json = encodeURIComponent(
      JSON.stringify({ extends: 'jevons-bull', parameters: { elasticity: 0.4 } }),
    );
    const link = decodeHash(`#state=${json}&elasticity=0.9`);
    expect(link.problems).toEqual([]);
    expect(link.presetId).toBe('jevons-bull');
    const read = await readScenarioObject(link.scenario);
    expect(read.scenario?.parameters.elasticity).toBe(0.9);
    expect(read.scenario?.extends).toBe('jevons-bull');
  });
});

describe('reading with the project’s reader', () => {
  it('leaves out what the reader refuses, in its words, and keeps the rest; the input is not changed', async () => {
    const data = {
      name: 'v1 link',
      parameters: {
        pricePerMTok: '26',
        startMonth: '2025-01',
        elasticity: '1.4',
        nosuch: 3,
        horizonMonths: 12,
        shockMonth: 30,
      },
    };
    const before = structuredClone(data);
    const read = await readScenarioObject(data);
    expect(data).toEqual(before);
    expect(read.scenario?.parameters.elasticity).toBe(1.4);
    expect(read.scenario?.parameters.horizonMonths).toBe(12);
    expect(read.scenario?.parameters.shockMonth).toBe(0);
    const fields = read.problems.map((p) => p.field);
    expect(fields).toEqual(
      expect.arrayContaining([
        '$.parameters.pricePerMTok',
        '$.parameters.startMonth',
        '$.parameters.nosuch',
        '$.parameters.shockMonth',
      ]),
    );
    expect(read.problems.find((p) => p.field === '$.parameters.pricePerMTok')?.message).toMatch(
      /pricePerMTok is gone/,
    );
    expect(read.problems.find((p) => p.field === '$.parameters.shockMonth')?.message).toMatch(
      /shock must arrive before the run ends/,
    );
  });

  it('refuses a document that is not a scenario at all, and an unknown preset falls back with a notice', async () => {
    expect((await readScenarioObject([1, 2])).scenario).toBeUndefined();
    const read = await readScenarioObject({ extends: 'no-such-preset', parameters: { elasticity: 2 } });
    expect(read.scenario?.extends).toBeUndefined();
    expect(read.scenario?.parameters.elasticity).toBe(2);
    expect(read.problems[0].field).toBe('$.extends');
  });
});
