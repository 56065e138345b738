// Fuzz: expressions — parameters as functions of time and demand curves D(x, eps) — from a grammar
// that mixes plausible formulas, overflowing ones and forbidden constructs. The sandbox refuses
// what it must, never throws, and a curve that leaves the usable numbers in any run of the verdict
// is refused with the month and the value. Seeded once for the suite (test/setup).
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { parameters } from '../../models/index';
import { historyMonths } from '../../src/engine/calendar';
import { main } from '../../src/cli/main';
import { compileCurveExpression, compileTimeExpression } from '../../src/scenario/expression';
import { parseScenario } from '../../src/scenario/parse';
import { memoryIO } from '../cli/memory-io';
import { curveExpression, runs, timeExpression } from './arbitraries';
import { expectCleanJson, expectCleanRefusal, expectNamesFieldRuleValue } from './promises';

vi.setConfig({ testTimeout: 120_000 });

const TIME_VARYING = parameters.filter((p) => p.timeVarying);
/** What no sandboxed expression may reach, whatever it is. */
const ESCAPES = /\b(import|evaluate|createUnit|parse|compile|constructor|prototype|__proto__)\b/;

describe('the expression sandbox', () => {
  it('compiles or refuses any text, never throws, and a compiled one is a pure function of its variables', () => {
    fc.assert(
      fc.property(fc.oneof(timeExpression, curveExpression), fc.double({ noNaN: true }), (source, v) => {
        for (const compile of [compileTimeExpression, compileCurveExpression]) {
          const result = compile(source);
          if (!result.ok) {
            expect(result.message.length).toBeGreaterThan(5);
            continue;
          }
          // Nothing the whitelist passes can name a way out.
          expect(source).not.toMatch(ESCAPES);
          const value = result.value.evaluate(v, v / 12);
          expect(typeof value).toBe('number');
          expect(Object.is(result.value.evaluate(v, v / 12), value)).toBe(true);
        }
      }),
      { numRuns: runs(500) },
    );
  });
});

describe('a parameter given as an expression of time', () => {
  it('is accepted only when every month of the run gives a number in range; else the month is named', () => {
    const case_ = fc.record({ def: fc.constantFrom(...TIME_VARYING), source: timeExpression });
    fc.assert(
      fc.property(case_, ({ def, source }) => {
        const parsed = parseScenario({ name: 'e', parameters: { [def.id]: source, horizonMonths: 24 } });
        if (parsed.ok) {
          const value = parsed.scenario.parameters[def.id];
          if (typeof value === 'number') {
            expect(Number.isFinite(value) && value >= def.min && value <= def.max).toBe(true);
            return;
          }
          for (let t = -historyMonths(); t < 24; t++) {
            const sample = value.evaluate(t, t / 12);
            expect(Number.isFinite(sample), `${source} at t=${t}`).toBe(true);
            expect(sample >= def.min && sample <= def.max, `${source} at t=${t}`).toBe(true);
          }
          return;
        }
        for (const error of parsed.errors) {
          expectNamesFieldRuleValue(error);
          if (
            error.rule === 'range' &&
            error.path === `$.parameters.${def.id}` &&
            typeof error.value === 'string'
          )
            expect(error.message).toMatch(/at month −?\d+ \(\d{4}-\d\d\)|must be within/);
        }
      }),
      { numRuns: runs(300) },
    );
  });
});

describe('a demand curve of the user', () => {
  it('gives an answer in finite numbers, or is refused with where it breaks — in every run of the verdict', async () => {
    await fc.assert(
      fc.asyncProperty(curveExpression, fc.constantFrom(0.3, 1, 2.5), async (expression, elasticity) => {
        const file = JSON.stringify({
          name: 'curve',
          demandCurve: { expression },
          parameters: { elasticity, horizonMonths: 12 },
        });
        const m = memoryIO({ 'c.json': file });
        const code = await main(['run', 'c.json', '--format', 'json'], m.io);
        expect([0, 2], m.stderr()).toContain(code);
        if (code === 0) {
          expectCleanJson(m.stdout());
          return;
        }
        expectCleanRefusal(m.stderr(), m.stdout());
        const err = m.stderr();
        if (err.includes('gives no finite answer')) {
          // A break found by running: the month (and the run, when it is not one of the verdict's three).
          expect(err).toMatch(
            /\$\.demandCurve\.expression: .* at x = \S+ \(the price index in \d{4}-\d\d( of the .*)?\), eps = |\$: the run reaches a value that is not a finite number: \w+ is .* in \d{4}-\d\d/,
          );
        } else {
          expect(err).toMatch(/\$\.demandCurve(\.expression)?: /);
        }
      }),
      { numRuns: runs(40) },
    );
  });
});
