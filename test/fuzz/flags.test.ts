// Fuzz: command lines — known and misspelt commands, positionals that are presets, files, missing
// files or hostile text, and flags with every notation of a number (hex, exponents, signs, commas,
// Infinity, huge), unknown flags, hostile --set and --out. The CLI answers 0 or 2, never 1; a
// refusal is one clean message; an answer holds finite numbers; the work it does is counted.
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { runCli } from '../support/cli-harness';
import { nastyText, PARAMETER_IDS, runs } from './arbitraries';
import { expectCleanRefusal, expectCleanText } from './promises';

vi.mock('../../src/engine/run-model', async (importOriginal) =>
  (await import('../support/engine-runs')).countingRunModel(await importOriginal()),
);

vi.setConfig({ testTimeout: 180_000 });

/** Engine runs one command line may cost here (sample and step counts stay ≤ 20 when accepted). */
const MAX_RUNS = 3000;

const VALID_FILE = JSON.stringify({ name: 'f', parameters: { elasticity: 1.3, horizonMonths: 12 } });

/** A whole number as a user might type one, or mistype it. */
const countText = fc.oneof(
  { weight: 3, arbitrary: fc.integer({ min: 1, max: 20 }).map(String) },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      '0',
      '-1',
      '0x10',
      '0b11',
      '0o17',
      '1e3',
      '1.5',
      'Infinity',
      'NaN',
      '',
      ' ',
      '20,000,000,000',
      '99999999999999999999',
      '1_0',
      '+5',
      '٣',
      '5\u001b[2J',
    ),
  },
  { weight: 1, arbitrary: nastyText },
);

const decimalText = fc.oneof(
  fc.double({ min: -5, max: 5, noNaN: true }).map(String),
  fc.constantFrom('0x1', '1e999', '-Infinity', 'NaN', '', '1,5', '3e-1'),
  nastyText,
);

const setText = fc.oneof(
  fc
    .tuple(
      fc.constantFrom(...PARAMETER_IDS),
      fc.oneof(decimalText, fc.constantFrom('30%', '2 USD/GPUh', 't/12')),
    )
    .map(([id, value]) => `${id}=${value}`),
  fc.constantFrom(
    '__proto__=1',
    'constructor=1',
    'parameters.__proto__=1',
    'name==x',
    '=1',
    'elasticity',
    'demandCurve=x^(-75)',
  ),
  nastyText,
);

/** One flag with its value (or a flag that takes none, or junk). */
const flag: fc.Arbitrary<readonly string[]> = fc.oneof(
  fc.tuple(
    fc.constant('--format'),
    fc.oneof(fc.constantFrom('table', 'json', 'csv', 'xml', 'JSON'), nastyText),
  ),
  fc.tuple(fc.constant('--lang'), fc.oneof(fc.constantFrom('en', 'zh', 'fr'), nastyText)),
  fc.tuple(fc.constant('--set'), setText),
  fc.tuple(fc.constant('--out'), fc.oneof(fc.constantFrom('o.txt', 's.json', './s.json', 'dir/'), nastyText)),
  fc.tuple(fc.constantFrom('--samples', '--seed', '--steps', '--threads'), countText),
  fc.tuple(fc.constantFrom('--from', '--to'), decimalText),
  fc.tuple(
    fc.constant('--param'),
    fc.oneof(fc.constantFrom(...PARAMETER_IDS, 'horizonMonths', 'nope'), nastyText),
  ),
  fc.tuple(fc.constant('--as-of'), fc.constantFrom('2025-02-28', '2024-06-30', '2025-13-01', 'now', '')),
  fc.constantFrom(
    ['--help'],
    ['-h'],
    ['--samples'],
    ['--sample', '5'],
    ['-x'],
    ['--'],
    ['--format=json'],
    ['--set=elasticity=2'],
  ),
);

const positional = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('deepseek-shock', 'pre-deepseek', 'textbook', 's.json') },
  { weight: 1, arbitrary: fc.constantFrom('deepseek-shok', 'missing.json', '-', '', 'elasticity', 'dir') },
  { weight: 1, arbitrary: nastyText },
);

const command = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.constantFrom(
      'run',
      'compare',
      'sweep',
      'mc',
      'sensitivity',
      'params',
      'presets',
      'explain',
    ),
  },
  { weight: 1, arbitrary: fc.constantFrom('rn', 'swep', '--help', '--version', '-v', 'help', '') },
  { weight: 1, arbitrary: nastyText },
);

/**
 * A command line. Commands that sample or step are given small counts and one thread first, so that
 * what is accepted stays cheap; the random flags that follow may override them with anything.
 */
const commandLine = fc
  .tuple(command, fc.array(positional, { maxLength: 3 }), fc.array(flag, { maxLength: 4 }))
  .map(([name, positionals, flags]) => {
    const cheap: string[] = ['--set', 'horizonMonths=12'];
    if (name === 'mc' || name === 'sensitivity') cheap.push('--samples', '8', '--threads', '1');
    if (name === 'sweep') cheap.push('--steps', '3', '--threads', '1');
    const safe = ['run', 'compare', 'sweep', 'mc', 'sensitivity'].includes(name) ? cheap : [];
    return [name, ...positionals, ...safe, ...flags.flat()];
  });

describe('jevons, given hostile command lines', () => {
  it('answers 0 or 2 — never 1, never a stack — and bounds its work', async () => {
    await fc.assert(
      fc.asyncProperty(commandLine, async (argv) => {
        const r = await runCli(argv, { 's.json': VALID_FILE, 'dir/x': '' }, { stdin: VALID_FILE });
        const code = r.code;
        expect([0, 2], `${JSON.stringify(argv)}\n${r.stderr}`).toContain(code);
        expect(r.runs, JSON.stringify(argv)).toBeLessThanOrEqual(MAX_RUNS);
        // The scenario file is never replaced by what a command wrote — unless --out named it for a
        // command that does not read it (that is what --out is for).
        const out_ = argv.lastIndexOf('--out') >= 0 ? argv[argv.lastIndexOf('--out') + 1] : undefined;
        const readsFile = argv.slice(1).some((a, i) => a === 's.json' && argv[i] !== '--out');
        if (!['s.json', './s.json'].includes(out_ ?? '') || readsFile)
          expect(r.file('s.json')).toBe(VALID_FILE);
        if (code === 2) {
          expectCleanRefusal(r.stderr, r.stdout);
          return;
        }
        const out = r.stdout;
        expect(out).not.toMatch(/\bNaN\b|\bInfinity\b/);
        const format = argv[argv.lastIndexOf('--format') + 1];
        const help = argv.some((a) => ['--help', '-h', '-v', '--version', 'help'].includes(a));
        // A verdict costs runs, so the counter is known to count.
        if (argv[0] === 'run' && !help) expect(r.runs, JSON.stringify(argv)).toBeGreaterThanOrEqual(3);
        if (argv.includes('--format') && format === 'json' && !argv.includes('--out') && !help)
          JSON.parse(out);
        if (!argv.includes('--format') || format === 'table') expectCleanText(out);
        if (format === 'csv') {
          // Text cells a spreadsheet would run as a formula are neutralised; numbers stay numbers.
          for (const line of out.split('\n'))
            for (const cell of line.split(',')) expect(cell).not.toMatch(/^[=+@]|^-(?![\d.])/);
        }
      }),
      { numRuns: runs(120) },
    );
  });
});
