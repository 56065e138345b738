// Fuzz: links the app is opened with, read by its DOM-free link codec (web/state/url-state.ts) and
// the project's one reader — hand-made `state=` JSON, hostile keys and values, percent-encoding,
// prototype keys, huge links — and saved scenarios moved around in storage. The page never throws,
// says what it could not use in the reader's words, gives a link with the shock past the horizon the
// CLI's notice, and loses nothing a user saved.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parameters } from '../../models/index';
import { parseScenario } from '../../src/scenario/parse';
import { scenarioToJSON } from '../../src/scenario/serialize';
import { readScenarioObject } from '../../web/state/read-scenario';
import {
  deleteSaved,
  listSaved,
  readSavedEntry,
  renameSaved,
  SAVED_PREFIX,
  saveScenario,
} from '../../web/state/saved-scenarios';
import { decodeHash, MAX_HASH_LENGTH } from '../../web/state/url-state';
import { memoryStorage } from '../support/memory-storage';
import { nastyText, PARAMETER_IDS, runs, scenarioObject } from './arbitraries';

/** A link's hash: key=value pairs with hostile keys and values, sometimes a `state=` JSON. */
const hash = fc.oneof(
  fc
    .array(
      fc.tuple(
        fc.oneof(
          fc.constantFrom(
            ...PARAMETER_IDS,
            'preset',
            'curve',
            'curveExpr',
            'name',
            'lang',
            'theme',
            'baseline',
            'basis',
          ),
          fc.constantFrom('__proto__', 'constructor', 'startMonth', 'state', ''),
          nastyText,
        ),
        nastyText,
      ),
      { maxLength: 8 },
    )
    .map((pairs) => `#${new URLSearchParams(pairs).toString()}`),
  scenarioObject.map((object) => `#state=${encodeURIComponent(JSON.stringify(object))}`),
  fc.constantFrom(
    '#',
    '#%',
    '#%E0%A4%A',
    '#state={',
    '#state=null',
    '#state=[1,2]',
    '#__proto__[polluted]=1',
    '#constructor.prototype.polluted=1',
    `#name=${'x'.repeat(MAX_HASH_LENGTH + 1)}`,
  ),
  fc.string({ unit: 'binary', maxLength: 200 }).map((s) => `#${s}`),
);

describe('a link the app is opened with', () => {
  it('is read without throwing; what is refused is said in the reader’s words; what is kept is valid', async () => {
    await fc.assert(
      fc.asyncProperty(hash, async (link) => {
        const state = decodeHash(link);
        expect(Object.keys(Object.prototype)).toEqual([]);
        for (const problem of state.problems) expect((problem.value ?? '').length).toBeLessThanOrEqual(80);
        if (state.scenario === null) return;
        const read = await readScenarioObject(state.scenario);
        for (const problem of read.problems) {
          expect(problem.field.length).toBeGreaterThan(0);
          expect((problem.message ?? '').length).toBeLessThanOrEqual(301); // clip: 300 and an ellipsis
        }
        if (read.scenario) {
          // What the page shows is a scenario the CLI would run: it reads back unchanged.
          const json = scenarioToJSON(read.scenario);
          const again = parseScenario(json);
          expect(again.ok).toBe(true);
          if (again.ok) expect(scenarioToJSON(again.scenario)).toEqual(json);
        } else {
          expect(read.problems.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: runs(200) },
    );
  });

  it('with the shock at or past the horizon gets the CLI’s notice, and the rest of the link is used', async () => {
    const horizon = parameters.find((p) => p.id === 'horizonMonths');
    const shock = parameters.find((p) => p.id === 'shockMonth');
    if (!horizon || !shock) throw new Error('catalogue without horizonMonths or shockMonth');
    const case_ = fc
      .integer({ min: horizon.min, max: Math.min(horizon.max, shock.max) })
      .chain((h) =>
        fc.tuple(
          fc.constant(h),
          fc.integer({ min: h, max: shock.max }),
          fc.double({ min: 0.1, max: 2.9, noNaN: true }),
        ),
      );
    await fc.assert(
      fc.asyncProperty(case_, async ([h, s, elasticity]) => {
        const link = decodeHash(`#horizonMonths=${h}&shockMonth=${s}&elasticity=${elasticity}`);
        const read = await readScenarioObject(link.scenario);
        const cli = parseScenario({ name: 'scenario', parameters: { horizonMonths: h, shockMonth: s } });
        expect(cli.ok).toBe(false);
        const words = cli.ok
          ? ''
          : (cli.errors.find((e) => e.path === '$.parameters.shockMonth')?.message ?? '');
        expect(words).toMatch(/shockMonth must be below horizonMonths/);
        expect(read.problems.map((p) => p.message)).toContain(words);
        // The rest of the link is not lost with the refused entry.
        expect(read.scenario?.parameters.elasticity).toBe(elasticity);
        expect(read.scenario?.parameters.horizonMonths).toBe(h);
      }),
      { numRuns: runs(40) },
    );
  });
});

describe('saved scenarios', () => {
  const operation = fc.oneof(
    fc.record({
      op: fc.constant('save' as const),
      name: fc.constantFrom('A', 'B', 'C', 'a', ' A', '中文'),
      value: fc.double({ min: 0.05, max: 3, noNaN: true }),
    }),
    fc.record({
      op: fc.constant('rename' as const),
      from: fc.constantFrom('A', 'B', 'C', 'a'),
      to: fc.constantFrom('A', 'B', 'C', 'a', '中文'),
    }),
    fc.record({ op: fc.constant('delete' as const), name: fc.constantFrom('A', 'B', 'C', 'a') }),
  );

  it('lose nothing: a rename onto another name changes nothing; only a delete removes an entry', () => {
    fc.assert(
      fc.property(fc.array(operation, { maxLength: 25 }), (ops) => {
        const store = memoryStorage();
        for (const o of ops) {
          const before = new Map(store.map);
          if (o.op === 'save') {
            // The app saves over a name only after asking; unasked, an existing name is left alone.
            if (store.getItem(SAVED_PREFIX + o.name) !== null) continue;
            saveScenario(o.name, { name: o.name, parameters: { elasticity: o.value } }, 't', store);
            expect(store.map.size).toBe(before.size + 1);
          } else if (o.op === 'rename') {
            const answer = renameSaved(o.from, o.to, {}, store);
            const target = before.get(SAVED_PREFIX + o.to);
            const source = before.get(SAVED_PREFIX + o.from);
            if (source === undefined) {
              expect(store.map).toEqual(before);
            } else if (o.from !== o.to && target !== undefined) {
              expect(answer).toBe('exists');
              expect(store.map).toEqual(before);
            } else {
              // Moved, its stored text unchanged; nothing else touched.
              expect(store.getItem(SAVED_PREFIX + o.to)).toBe(source);
              expect(store.map.size).toBe(before.size);
            }
          } else {
            deleteSaved(o.name, store);
            expect(store.map.size).toBe(before.size - (before.has(SAVED_PREFIX + o.name) ? 1 : 0));
          }
        }
      }),
      { numRuns: runs(200) },
    );
  });

  it('keep every field a scenario had — description, distributions, curve, asOf — through save and load', async () => {
    await fc.assert(
      fc.asyncProperty(scenarioObject, async (object) => {
        const parsed = parseScenario(object);
        if (!parsed.ok) return;
        const json = scenarioToJSON(parsed.scenario) as unknown as Record<string, unknown>;
        const store = memoryStorage();
        expect(saveScenario('x', json, 't', store)).toBeNull();
        const entry = readSavedEntry('x', store.getItem(`${SAVED_PREFIX}x`));
        if (!entry.ok) throw new Error(entry.reason);
        const loaded = await readScenarioObject(entry.scenario);
        expect(loaded.problems).toEqual([]);
        if (!loaded.scenario) throw new Error('no scenario');
        expect(scenarioToJSON(loaded.scenario)).toEqual(json);
        expect(listSaved(store).map((e) => e.name)).toEqual(['x']);
      }),
      { numRuns: runs(80) },
    );
  });
});
