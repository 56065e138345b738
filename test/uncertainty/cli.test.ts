import { describe, expect, it } from 'vitest';
import type { Command } from '../../src/cli/command';
import { mcCommand } from '../../src/cli/commands/mc';
import { sensitivityCommand } from '../../src/cli/commands/sensitivity';
import { parseCommandArgs } from '../../src/cli/parse-args';
import { UsageError } from '../../src/cli/usage-error';
import { SERIES_IDS } from '../../src/model/types';
import { memoryIO } from '../cli/memory-io';

/** Runs a command in-process as the CLI's main does after looking it up. */
async function run(command: Command, argv: string[], options: { stderrIsTTY?: boolean } = {}) {
  const mem = memoryIO({}, options);
  const code = await command.run(parseCommandArgs(command, argv), mem.io);
  return { code, ...mem };
}

describe('jevons mc', () => {
  it('prints totals and the probability of backfire as a table, nothing on a non-terminal stderr', async () => {
    const r = await run(mcCommand, [
      'deepseek-shock',
      '--samples',
      '300',
      '--seed',
      '7',
      '--set',
      'horizonMonths=24',
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout()).toMatch(/300 samples, seed 7/);
    expect(r.stdout()).toMatch(/Probability that the verdict is backfire: \d+\.\d% \(95% interval/);
    expect(r.stdout()).toMatch(/GPU spend paid, per year[^\n]*\n[^\n]*\n2025 +\$/);
    expect(r.stdout()).not.toMatch(/NaN/);
    expect(r.stderr()).toBe('');
  });

  it('draws a progress bar on stderr only when it is a terminal', async () => {
    const r = await run(mcCommand, ['deepseek-shock', '--samples', '400', '--set', 'horizonMonths=12'], {
      stderrIsTTY: true,
    });
    expect(r.stderr()).toMatch(/\r\[#+\] 100% 400\/400 samples/);
  });

  it('JSON carries every series band, units and the Wilson interval; same seed, same bytes', async () => {
    const argv = [
      'deepseek-shock',
      '--samples',
      '250',
      '--seed',
      '3',
      '--set',
      'horizonMonths=12',
      '--format',
      'json',
    ];
    const a = await run(mcCommand, argv);
    const b = await run(mcCommand, argv);
    expect(b.stdout()).toBe(a.stdout());
    const report = JSON.parse(a.stdout());
    expect(Object.keys(report.quantiles)).toEqual([...SERIES_IDS]);
    expect(report.quantiles.tokens.p50).toHaveLength(12);
    expect(report.units.gpuSpend).toBe('USD/month');
    expect(report.probabilityBackfire.interval).toBe('Wilson 95%');
    expect(report.samples).toBe(250);
  });

  it('CSV is one row per series and month with p5 … p95', async () => {
    const r = await run(mcCommand, [
      'deepseek-shock',
      '--samples',
      '100',
      '--set',
      'horizonMonths=12',
      '--format',
      'csv',
    ]);
    const lines = r.stdout().trim().split('\n');
    expect(lines[0]).toBe('series,unit,month,p5,p25,p50,p75,p95');
    expect(lines).toHaveLength(1 + SERIES_IDS.length * 12);
    expect(lines[1]).toMatch(/^priceIncumbent,USD\/Mtok,2025-01,/);
  });

  it('refuses bad numbers with a usage error naming the option', async () => {
    await expect(run(mcCommand, ['deepseek-shock', '--samples', 'many'])).rejects.toThrow(
      /--samples must be a whole number/,
    );
    await expect(run(mcCommand, ['deepseek-shock', '--samples', '0'])).rejects.toThrow(UsageError);
    await expect(run(mcCommand, ['deepseek-shock', '--seed', '1.5'])).rejects.toThrow(/--seed/);
  });
});

describe('jevons sensitivity', () => {
  it('prints both tornados and the rank correlations', async () => {
    const r = await run(sensitivityCommand, [
      'deepseek-shock',
      '--samples',
      '200',
      '--set',
      'horizonMonths=24',
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout()).toMatch(/Cumulative GPU spend demanded/);
    expect(r.stdout()).toMatch(/Rebound on GPU spend/);
    expect(r.stdout()).toMatch(/Spearman rank correlation over 200 Monte Carlo samples/);
  });

  it('CSV: one row per parameter, sorted by spend swing, a zero-effect parameter at the bottom', async () => {
    const r = await run(sensitivityCommand, [
      'deepseek-shock',
      '--samples',
      '0',
      '--format',
      'csv',
      '--set',
      'horizonMonths=24',
    ]);
    const rows = r
      .stdout()
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => line.split(','));
    const swings = rows.map((row) => Number(row[7]));
    expect([...swings].sort((a, b) => b - a)).toEqual(swings);
    const sigma = rows.find((row) => row[0] === 'reservationSigma')!;
    expect(Number(sigma[7])).toBe(0);
  });

  it('refuses an unknown --range', async () => {
    await expect(run(sensitivityCommand, ['deepseek-shock', '--range', 'wide'])).rejects.toThrow(
      /--range must be one of slider, distribution; got 'wide'/,
    );
  });
});

describe('scenario files with a distributions block', () => {
  const file = JSON.stringify({
    name: 'Narrow elasticity',
    extends: 'deepseek-shock',
    parameters: { horizonMonths: 24 },
    distributions: { elasticity: { dist: 'uniform', min: 2.5, max: 3 } },
  });

  it('jevons mc uses the file’s distribution on top of the defaults', async () => {
    const mem = memoryIO({ 'narrow.json': file });
    const code = await mcCommand.run(
      parseCommandArgs(mcCommand, ['narrow.json', '--samples', '200', '--format', 'json']),
      mem.io,
    );
    expect(code).toBe(0);
    const report = JSON.parse(mem.stdout());
    const eps = report.uncertain.find((u: { id: string }) => u.id === 'elasticity');
    expect(eps.distribution).toEqual({ dist: 'uniform', min: 2.5, max: 3 });
    expect(report.uncertain.length).toBeGreaterThan(1);
  });

  it('a distribution outside the parameter range is refused by the scenario parser (exit 2 path)', async () => {
    const bad = JSON.stringify({
      extends: 'deepseek-shock',
      distributions: { elasticity: { dist: 'uniform', min: 2, max: 9 } },
    });
    const mem = memoryIO({ 'bad.json': bad });
    const run = async () => mcCommand.run(parseCommandArgs(mcCommand, ['bad.json']), mem.io);
    const error = await run().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as UsageError).details.join('\n')).toMatch(/distributions\.elasticity/);
  });
});
