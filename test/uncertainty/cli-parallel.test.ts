// Issue 10 in the CLI, in-process: --threads, --method sobol, progress only on a terminal, and
// Ctrl-C (as an aborted signal from the IO) stopping cleanly with no file at --out. The real SIGINT
// is sent to a real process in sigint.test.ts.
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { memoryIO } from '../cli/memory-io';

/** The CLI's main with captured output; `interruptAt` aborts the interrupt signal once progress reaches it. */
async function cli(argv: string[], options: { tty?: boolean; interruptAt?: number } = {}) {
  const mem = memoryIO({}, { stderrIsTTY: options.tty ?? false });
  const controller = new AbortController();
  let disposed = false;
  const io = {
    ...mem.io,
    err: (text: string) => {
      mem.io.err(text);
      const done = /\] \d+% (\d+)\//.exec(text);
      if (options.interruptAt !== undefined && done && Number(done[1]) >= options.interruptAt) {
        controller.abort(new Error('SIGINT'));
      }
    },
    interrupts: () => ({
      signal: controller.signal,
      dispose: () => {
        disposed = true;
      },
    }),
  };
  const code = await main(argv, io);
  return { code, out: mem.stdout(), err: mem.stderr(), file: mem.file, disposed: () => disposed };
}

const SHORT = ['--set', 'horizonMonths=12'];

describe('jevons mc --threads', { timeout: 240_000 }, () => {
  it('gives the same bytes on 1 and 2 threads, and no stderr without a terminal', async () => {
    const argv = ['mc', 'deepseek-shock', '--samples', '60', '--seed', '4', '--format', 'json', ...SHORT];
    const one = await cli([...argv, '--threads', '1']);
    const two = await cli([...argv, '--threads', '2']);
    expect(one.code).toBe(0);
    expect(two.code).toBe(0);
    expect(two.out).toBe(one.out);
    expect(one.err).toBe('');
  });

  it('refuses a bad thread count with exit 2, naming the option', async () => {
    for (const bad of ['0', '257', 'many']) {
      const r = await cli(['mc', 'deepseek-shock', '--threads', bad]);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/--threads must be a whole number/);
    }
  });

  it('Ctrl-C stops the run: exit 130, a line on stderr, nothing at --out, the signal handler given back', async () => {
    const r = await cli(
      ['mc', 'deepseek-shock', '--samples', '2000', '--threads', '2', '--out', 'bands.json', ...SHORT],
      { tty: true, interruptAt: 1 },
    );
    expect(r.code).toBe(130);
    expect(r.err).toMatch(/jevons: interrupted \(SIGINT\); nothing written to bands\.json\n$/);
    expect(r.file('bands.json')).toBeUndefined();
    expect(r.out).toBe('');
    expect(r.disposed()).toBe(true);
  });
});

describe('jevons sensitivity --method sobol', { timeout: 240_000 }, () => {
  it('prints first- and total-order indices of every uncertain parameter and a sentence on interactions', async () => {
    const r = await cli([
      'sensitivity',
      'deepseek-shock',
      '--method',
      'sobol',
      '--samples',
      '8',
      '--bootstrap',
      '100',
      '--factors',
      'elasticity,substitutionElasticity,trainingRebound',
      ...SHORT,
    ]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Sobol indices from 48 verdicts \(8 design rows × 6;/);
    expect(r.out).toMatch(/Rebound on compute served, the headline/);
    expect(r.out).toMatch(/^elasticity +– +-?\d\.\d{3} /m);
    expect(r.out).toMatch(/^the other \d+ together +— /m);
    // 8 rows cannot tell how much interacts, and the sentence says so rather than guess.
    expect(r.out).toMatch(
      /Interactions: how much of the variance comes from parameters acting together is not clear from 8 design rows \(95% interval \d+%–\d+%\); more rows \(--samples\) narrow it\./,
    );
    expect(r.out).not.toMatch(/NaN/);
  });

  it('JSON and CSV carry the indices with their intervals and units; the same bytes on 1 and 2 threads', async () => {
    const argv = [
      'sensitivity',
      'textbook',
      '--method',
      'sobol',
      '--samples',
      '4',
      '--bootstrap',
      '50',
      ...SHORT,
    ];
    const one = await cli([...argv, '--format', 'json', '--threads', '1']);
    const two = await cli([...argv, '--format', 'json', '--threads', '2']);
    expect(two.out).toBe(one.out);
    const report = JSON.parse(one.out);
    expect(report.method).toBe('sobol');
    expect(report.units.first).toMatch(/share of the output variance/);
    const factor = report.outputs.reboundServedCompute.factors[0];
    expect(Object.keys(factor.first)).toEqual(['value', 'low', 'high']);
    const csv = await cli([...argv, '--format', 'csv']);
    expect(csv.out.split('\n')[0]).toBe(
      'output,factor,parameters,S,S low,S high,ST,ST low,ST high,rows used',
    );
  });

  it('draws progress only on a terminal', async () => {
    const argv = [
      'sensitivity',
      'textbook',
      '--method',
      'sobol',
      '--samples',
      '4',
      '--bootstrap',
      '10',
      ...SHORT,
    ];
    expect((await cli(argv, { tty: true })).err).toMatch(/\r\[#+\] 100% (\d+)\/\1 verdicts/);
    expect((await cli(argv)).err).toBe('');
  });

  it('refuses what does not fit the method, with exit 2', async () => {
    const cases: [string[], RegExp][] = [
      [['--method', 'sobol', '--samples', '1000'], /samples: must be a power of 2 .* got 1000/],
      [['--method', 'morris'], /--method must be one of tornado, sobol; got 'morris'/],
      [['--bootstrap', '10'], /--bootstrap applies to --method sobol only/],
      [['--method', 'sobol', '--range', 'slider'], /--range applies to --method tornado only/],
      [
        ['--method', 'sobol', '--factors', 'elastcity'],
        /--factors: unknown parameter 'elastcity' \(did you mean 'elasticity'\?\)/,
      ],
    ];
    for (const [args, message] of cases) {
      const r = await cli(['sensitivity', 'deepseek-shock', ...args]);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(message);
    }
  });
});

describe('jevons sweep --threads', { timeout: 240_000 }, () => {
  it('gives the same bytes on 1 and 2 threads, with progress only on a terminal', async () => {
    const argv = ['sweep', 'deepseek-shock', '--steps', '9', '--format', 'csv', ...SHORT];
    const one = await cli([...argv, '--threads', '1']);
    const two = await cli([...argv, '--threads', '2'], { tty: true });
    expect(one.code).toBe(0);
    expect(two.out).toBe(one.out);
    expect(one.err).toBe('');
    expect(two.err).toMatch(/\r\[#+\] 100% 9\/9 values/);
  });
});
