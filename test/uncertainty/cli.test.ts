import { describe, expect, it } from 'vitest';
import type { Command } from '../../src/cli/command';
import { mcCommand } from '../../src/cli/commands/mc';
import { sensitivityCommand } from '../../src/cli/commands/sensitivity';
import { parseCommandArgs } from '../../src/cli/parse-args';
import { UsageError } from '../../src/cli/usage-error';
import { parameterById } from '../../models';
import { TIERS } from '../../models/tiers';
import { BASES, SERIES_IDS } from '../../src/model/types';
import { memoryIO } from '../cli/memory-io';

/** Runs a command in-process as the CLI's main does after looking it up. */
async function run(command: Command, argv: string[], options: { stderrIsTTY?: boolean } = {}) {
  const mem = memoryIO({}, options);
  const code = await command.run(parseCommandArgs(command, argv), mem.io);
  return { code, ...mem };
}

describe('jevons mc', { timeout: 60_000 }, () => {
  it('prints the probability of backfire, the verdict counts and quantiles as a table, nothing on a non-terminal stderr', async () => {
    const r = await run(mcCommand, [
      'deepseek-shock',
      '--samples',
      '150',
      '--seed',
      '7',
      '--set',
      'horizonMonths=24',
    ]);
    expect(r.code).toBe(0);
    const out = r.stdout();
    expect(out).toMatch(/150 samples, seed 7/);
    expect(out).toMatch(/Verdict window: 2025-01 … 2026-12 \(24 months from the shock\)/);
    expect(out).toMatch(
      /Probability that the headline verdict \(compute served, to the run's end\) is backfire: \d+\.\d% \(95% interval [^)]* of \d+ samples with a defined rebound\)/,
    );
    expect(out).toMatch(/verdict at the run’s end +P\(backfire\)/);
    expect(out).toMatch(/compute served +(\d+\.\d%|undefined)/);
    expect(out).toMatch(/rebound on compute served/);
    expect(out).toMatch(/change vs base, GPU capex/);
    expect(out).toMatch(/GPU capex, per year[^\n]*\n[^\n]*\n2023 +\$/);
    expect(out).not.toMatch(/NaN/);
    expect(r.stderr()).toBe('');
  });

  it('draws a progress bar on stderr only when it is a terminal', async () => {
    const r = await run(mcCommand, ['textbook', '--samples', '400', '--set', 'horizonMonths=12'], {
      stderrIsTTY: true,
    });
    expect(r.stderr()).toMatch(/\r\[#+\] 100% 400\/400 samples/);
  });

  it('JSON carries every series and tier band, the verdicts, units and the Wilson interval; same seed, same bytes', async () => {
    const argv = [
      'deepseek-shock',
      '--samples',
      '120',
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
    expect(report.quantiles.servedHours.p50).toHaveLength(36);
    expect(report.months[0]).toBe('2023-01');
    expect(report.shockMonth).toBe('2025-01');
    expect(Object.keys(report.tierQuantiles.tokensByTier)).toEqual(TIERS.map((t) => t.id));
    expect(report.units.rentalPrice).toBe('USD/H100e-hour');
    expect(report.units.rebound).toMatch(/ratio/);
    expect(report.headline.probabilityBackfire.interval).toBe('Wilson 95%');
    expect(report.headline.probabilityBackfire.definition).toMatch(/defined rebound/);
    expect(report.verdicts.map((v: { basis: string }) => v.basis)).toEqual([...BASES]);
    const served = report.verdicts[0];
    expect(Object.values(served.verdictCounts).reduce((x: number, y) => x + (y as number), 0)).toBe(120);
    expect(served.horizonMonths).toBe(12);
    expect(report.samples).toBe(120);
  });

  it('CSV is one row per series (and tier series) and month with p5 … p95', async () => {
    const r = await run(mcCommand, [
      'textbook',
      '--samples',
      '50',
      '--set',
      'horizonMonths=12',
      '--format',
      'csv',
    ]);
    const lines = r.stdout().trim().split('\n');
    expect(lines[0]).toBe('series,unit,month,p5,p25,p50,p75,p95');
    expect(lines).toHaveLength(1 + (SERIES_IDS.length + 2 * TIERS.length) * 36);
    expect(lines[1]).toMatch(/^tokensDemanded,tokens\/month,2023-01,/);
    expect(lines.at(-1)).toMatch(/^listPriceByTier\.commodity,USD\/Mtok,2025-12,/);
  });

  it('refuses bad numbers with a usage error naming the option', async () => {
    await expect(run(mcCommand, ['deepseek-shock', '--samples', 'many'])).rejects.toThrow(
      /--samples must be a whole number/,
    );
    await expect(run(mcCommand, ['deepseek-shock', '--samples', '0'])).rejects.toThrow(UsageError);
    await expect(run(mcCommand, ['deepseek-shock', '--seed', '1.5'])).rejects.toThrow(/--seed/);
  });
});

describe('jevons sensitivity', { timeout: 60_000 }, () => {
  it('prints the three tornados and the rank correlations', async () => {
    const r = await run(sensitivityCommand, ['textbook', '--samples', '200', '--set', 'horizonMonths=12']);
    expect(r.code).toBe(0);
    const out = r.stdout();
    expect(out).toMatch(/cumulated from the shock to the run's end \(12 months\)/);
    expect(out).toMatch(
      /Change the shock makes to compute served \(H100e-hours\), scenario vs base \(scenario: [+−]\d/,
    );
    expect(out).toMatch(/Change the shock makes to GPU capex/);
    expect(out).toMatch(
      /Rebound on compute served, the headline \(above 1 = backfire\) \(scenario: \d\.\d{3}\)/,
    );
    expect(out).toMatch(/Spearman rank correlation over 200 Monte Carlo samples/);
    const { min, max } = parameterById.elasticity;
    expect(out).toMatch(new RegExp(`elasticity +${min} → ${max} `));
    expect(r.stderr()).toBe('');
  });

  it('draws a progress bar on stderr only when it is a terminal', async () => {
    const r = await run(
      sensitivityCommand,
      ['textbook', '--samples', '20', '--range', 'distribution', '--set', 'horizonMonths=12'],
      { stderrIsTTY: true },
    );
    expect(r.stderr()).toMatch(/\r\[#+\] 100% (\d+)\/\1 verdicts/);
  });

  it('CSV: one row per parameter, sorted by the swing of served compute, a zero-effect parameter at the bottom', async () => {
    const r = await run(sensitivityCommand, [
      'textbook',
      '--samples',
      '0',
      '--format',
      'csv',
      '--set',
      'horizonMonths=12',
    ]);
    const [header, ...lines] = r.stdout().trim().split('\n');
    const columns = header.split(',');
    const swing = columns.indexOf('changeServedCompute swing');
    expect(swing).toBeGreaterThan(0);
    expect(columns).toContain('spearman reboundServedCompute');
    const rows = lines.map((line) => line.split(','));
    const swings = rows.map((row) => Number(row[swing]));
    expect([...swings].sort((a, b) => b - a)).toEqual(swings);
    const sigma = rows.find((row) => row[0] === 'reservationSigma')!;
    expect(Number(sigma[swing])).toBe(0);
  });

  it('JSON states the unit of every output', async () => {
    const r = await run(sensitivityCommand, [
      'textbook',
      '--samples',
      '0',
      '--format',
      'json',
      '--set',
      'horizonMonths=12',
    ]);
    const report = JSON.parse(r.stdout());
    expect(Object.keys(report.units)).toEqual([
      'changeServedCompute',
      'changeCapex',
      'reboundServedCompute',
      'spearman',
    ]);
    expect(report.tornado.changeCapex.length).toBeGreaterThan(10);
  });

  it('refuses an unknown --range', async () => {
    await expect(run(sensitivityCommand, ['deepseek-shock', '--range', 'wide'])).rejects.toThrow(
      /--range must be one of slider, distribution; got 'wide'/,
    );
  });
});

describe('scenario files with a distributions block', { timeout: 60_000 }, () => {
  const file = JSON.stringify({
    name: 'Narrow elasticity',
    extends: 'deepseek-shock',
    parameters: { horizonMonths: 12 },
    distributions: { elasticity: { dist: 'uniform', min: 2.5, max: 3 } },
  });

  it('jevons mc uses the file’s distribution on top of the defaults', async () => {
    const mem = memoryIO({ 'narrow.json': file });
    const code = await mcCommand.run(
      parseCommandArgs(mcCommand, ['narrow.json', '--samples', '60', '--format', 'json']),
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
