// Fuzz: hostile scenario files (JSON, YAML, UTF-16, corrupted, duplicated keys, alias bombs, every
// kind of wrong value) read by the one reader and run through the CLI in-process. Seeded once for
// the suite (test/setup/fast-check-seed.ts); a failure prints `{ seed, path }` to replay it.
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { stringify } from 'yaml';
import { MAX_INPUT_BYTES } from '../../src/scenario/input-text';
import { parseScenario } from '../../src/scenario/parse';
import { scenarioToJSON } from '../../src/scenario/serialize';
import { runCli } from '../support/cli-harness';
import { runs, scenarioFile, scenarioObject } from './arbitraries';
import { expectCleanJson, expectCleanRefusal, expectNamesFieldRuleValue } from './promises';

// Work is counted, not timed: every engine run goes through this counter.
vi.mock('../../src/engine/run-model', async (importOriginal) =>
  (await import('../support/engine-runs')).countingRunModel(await importOriginal()),
);

vi.setConfig({ testTimeout: 120_000 });

/**
 * Runs a verdict may take: 3 for the verdict, 63 for the decomposition, the break-even search
 * (9 elasticities, then a refinement of each basis: 2 runs each step), and when a curve broke, the
 * hidden runs once more (63 + 2 per elasticity where it broke, at most 64).
 */
const MAX_RUNS_PER_VERDICT = 3 + 63 + 2 * 9 + 2 * 2 * 60 + 63 + 2 * 64;

describe('the reader, given hostile scenarios', () => {
  it('refuses with the field, the rule and the value, or accepts something that reads back equal', () => {
    fc.assert(
      fc.property(scenarioObject, (object) => {
        const parsed = parseScenario(object);
        if (!parsed.ok) {
          expect(parsed.errors.length).toBeGreaterThan(0);
          for (const error of parsed.errors) expectNamesFieldRuleValue(error);
          return;
        }
        // Nothing accepted is lost on the way back: JSON and YAML both read back to the same scenario.
        const json = scenarioToJSON(parsed.scenario);
        for (const text of [JSON.stringify(json), stringify(json)]) {
          const again = parseScenario(text);
          if (!again.ok) throw new Error(again.errors[0].message);
          expect(scenarioToJSON(again.scenario)).toEqual(json);
        }
      }),
      { numRuns: runs(400) },
    );
  });

  it('stops a YAML alias bomb at its node cap, whatever its depth: work counted, not timed', () => {
    fc.assert(
      fc.property(fc.integer({ min: 6, max: 40 }), fc.integer({ min: 2, max: 12 }), (depth, width) => {
        const lines = ['a0: &a0 [x, x, x, x, x, x, x, x, x]'];
        for (let i = 1; i <= depth; i++)
          lines.push(
            `a${i}: &a${i} [${Array(width)
              .fill(`*a${i - 1}`)
              .join(', ')}]`,
          );
        const expanded = 9 * width ** depth;
        const parsed = parseScenario(`name: bomb\n${lines.join('\n')}\n`, { format: 'yaml' });
        expect(parsed.ok).toBe(false);
        // Past 200,000 values the reader stops (rule 'size'); below, every key is refused as unknown.
        if (!parsed.ok && expanded > 400_000) expect(parsed.errors[0].rule).toBe('size');
      }),
      { numRuns: runs(10) },
    );
  });

  it('never changes the object it is given, nor any prototype', () => {
    fc.assert(
      fc.property(scenarioObject, (object) => {
        const before = JSON.stringify(object);
        parseScenario(object);
        expect(JSON.stringify(object)).toBe(before);
        expect(Object.keys(Object.prototype)).toEqual([]);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: runs(100) },
    );
  });
});

describe('jevons run, given hostile scenario files', () => {
  it('exits 0 with finite numbers or 2 with a clean message; never 1, never a stack; work bounded', async () => {
    let largestRead = 0;
    await fc.assert(
      fc.asyncProperty(scenarioFile, async (file) => {
        const r = await runCli(
          ['run', file.name, '--format', 'json'],
          { [file.name]: file.bytes },
          {
            onRead: (_path, maxBytes) => {
              largestRead = Math.max(largestRead, maxBytes);
            },
          },
        );
        expect([0, 2], r.stderr).toContain(r.code);
        if (r.code === 2) {
          expectCleanRefusal(r.stderr, r.stdout);
          // A refusal by the reader costs no engine run; one by the run check, one verdict's worth.
          if (!r.stderr.includes('gives no finite answer')) expect(r.runs).toBe(0);
        } else {
          // An answer costs runs, so the counter is known to count.
          expect(r.runs).toBeGreaterThanOrEqual(3);
          const report = expectCleanJson(r.stdout) as { series: { month: string[] } };
          expect(report.series.month.length).toBeLessThanOrEqual(24 + 240);
        }
        expect(r.runs).toBeLessThanOrEqual(MAX_RUNS_PER_VERDICT);
      }),
      { numRuns: runs(80) },
    );
    // Input is read with the cap, whatever the file claims to be.
    expect(largestRead).toBe(MAX_INPUT_BYTES);
  });

  it('reads a scenario the same as an object, as JSON and as YAML text', () => {
    fc.assert(
      fc.property(scenarioObject, (object) => {
        const outcomes = [object, JSON.stringify(object), stringify(object)].map((input) => {
          const parsed = parseScenario(input);
          return parsed.ok
            ? scenarioToJSON(parsed.scenario)
            : parsed.errors.map((e) => `${e.path} ${e.rule}`);
        });
        expect(outcomes[1]).toEqual(outcomes[0]);
        expect(outcomes[2]).toEqual(outcomes[0]);
      }),
      { numRuns: runs(150) },
    );
  });

  it('answers the same for a file and for standard input', async () => {
    await fc.assert(
      fc.asyncProperty(scenarioFile, async (file) => {
        const a = await runCli(['run', file.name, '--format', 'csv'], { [file.name]: file.bytes });
        const b = await runCli(['run', '-', '--format', 'csv'], {}, { stdin: file.bytes });
        expect(b.code).toBe(a.code);
        expect(b.stdout).toBe(a.stdout);
      }),
      { numRuns: runs(8) },
    );
  });

  it('--out never replaces the file the command reads, however the path is spelt', async () => {
    const spellings = fc.constantFrom(
      's.json',
      './s.json',
      'x/../s.json',
      '/work/s.json',
      '././s.json',
      'a/b/../../s.json',
    );
    await fc.assert(
      fc.asyncProperty(spellings, fc.constantFrom('run', 'compare'), async (out, command) => {
        const original = JSON.stringify({ name: 's', parameters: { horizonMonths: 12 } });
        const argv =
          command === 'run'
            ? ['run', 's.json', '--out', out]
            : ['compare', 'deepseek-shock', 's.json', '--out', out];
        const r = await runCli(argv, { 's.json': original });
        expect(r.code).toBe(2);
        expect(r.stderr).toMatch(/is a file this command reads/);
        expect(r.file('s.json')).toBe(original);
      }),
      { numRuns: runs(20) },
    );
  });
});
