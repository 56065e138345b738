// Scoring a vintage against observations a user supplies: the arithmetic on a hand-made file, the
// file reader's messages, and the CLI in-process with its exit codes.
import { describe, expect, it, vi } from 'vitest';
import { backtest, quantile } from '../../src/calibration/backtest';
import { observableSeries } from '../../src/calibration/observed-series';
import { readObservations } from '../../src/calibration/observations-file';
import { main } from '../../src/cli/main';
import { simulate } from '../../src/engine/simulate';
import { scenarioFromValues } from '../../src/scenario/from-preset';
import { memoryIO } from '../cli/memory-io';

vi.setConfig({ testTimeout: 60_000 });

const SERIES = observableSeries(['frontier', 'mainstream', 'commodity']);
const scenario = scenarioFromValues({ horizonMonths: 24 });
const run = simulate(scenario);
const sum = (id: 'capexChips', first: number, last: number) => {
  let s = 0;
  for (let t = first; t <= last; t++) s += run.series[id][t];
  return s;
};
// Month indices from 2023-01: 2024-01 is 12, 2024-12 is 23, 2025-06 is 29.
const chips2024 = sum('capexChips', 12, 23);
const rent = run.series.rentalPrice[29];

const CSV = [
  'id,series,period,aggregation,value,low,high',
  `chips,capexChips,2024-01/2024-12,sum,${chips2024 / 1.9}`,
  `rent,rentalPrice,2025-06,mean,${rent * 3}`,
  'late,fleetH100e,2040-01,end,1e6',
].join('\n');

describe('backtest arithmetic on a hand-made file', () => {
  const read = readObservations(CSV, 'csv', SERIES);
  const result = backtest(scenario, read.observations);

  it('reads the file, each figure in its series’ unit when the file names none', () => {
    expect(read.errors).toEqual([]);
    expect(read.observations.map((o) => o.id)).toEqual(['chips', 'rent', 'late']);
    expect(read.observations.map((o) => o.unit)).toEqual(['USD', 'USD/H100e-hour', 'H100e']);
  });

  it('gives the model value, the ratio and ln error per observation', () => {
    const [chips, r, late] = result.rows;
    expect(chips.model).toBeCloseTo(chips2024, 0);
    expect(chips.ratio).toBeCloseTo(1.9, 12);
    expect(chips.logError).toBeCloseTo(Math.log(1.9), 12);
    expect(r.ratio).toBeCloseTo(1 / 3, 12);
    expect(r.logError).toBeCloseTo(-Math.log(3), 12);
    expect(late.model).toBeUndefined();
    expect(late.reason).toMatch(/after the run/);
  });

  it('summarises: within 2×, geometric-mean error, scored count', () => {
    expect(result.summary).toMatchObject({ observations: 3, scored: 2, withinTwofold: 1, samples: 0 });
    expect(result.summary.geometricMeanError).toBeCloseTo(Math.exp((Math.log(1.9) + Math.log(3)) / 2), 12);
    expect(result.summary.coverage).toBeUndefined();
  });

  it('runs Monte Carlo bands that contain the central run for a well-behaved figure, seeded', () => {
    const a = backtest(scenario, read.observations, { samples: 60, seed: 7 });
    const b = backtest(scenario, read.observations, { samples: 60, seed: 7 });
    expect(a).toEqual(b);
    const band = a.rows[0].band;
    expect(band).toBeDefined();
    expect(band?.p5).toBeLessThan(band?.p95 as number);
    expect(a.summary.coverage).toBeGreaterThanOrEqual(0);
    expect(a.summary.coverage).toBeLessThanOrEqual(1);
  });

  it('computes quantiles by interpolating order statistics', () => {
    expect(quantile([1, 2, 3, 4, 5], 0.5)).toBe(3);
    expect(quantile([0, 10], 0.05)).toBeCloseTo(0.5, 12);
  });
});

describe('observations file errors name the row, field, rule and value', () => {
  it.each([
    ['series,period,value\nnope,2024-01,1', /row 1: series must be one of .* got 'nope'/],
    ['series,period,value\ncapex,2024-13,1', /row 1: period must be YYYY-MM .* got '2024-13'/],
    ['series,period,value\ncapex,2024-05/2024-01,1', /first ≤ last/],
    ['series,period,value\ncapex,2024-01,-3', /row 1: value must be a number above 0; got '-3'/],
    [
      'series,period,aggregation,value\ncapex,2024-01,median,3',
      /aggregation must be mean, sum, end; got 'median'/,
    ],
    ['series,period,value,low\ncapex,2024-01,3,5', /low must be at most value/],
    ['series,value\ncapex,3', /must name the column "period"/],
    ['[{"series":"capex","period":"2024-01","value":"x"}]', /value must be a number above 0/],
    ['{"observations": 3}', /must be an array/],
    [
      'series,period,value,published\ncapex,2024-01,3,last spring',
      /row 1: published must be a day .*; got 'last spring'/,
    ],
    ['series,period,value,published\ncapex,2024-01,3,2024-02-30', /published must be a day/],
  ])('%s', (text, message) => {
    const read = readObservations(text, undefined, SERIES);
    expect(read.errors.join('\n')).toMatch(message);
  });
});

describe('jevons backtest and calibrate (in-process)', () => {
  async function cli(argv: string[], files: Record<string, string> = {}) {
    const m = memoryIO(files);
    const code = await main(argv, m.io);
    return { code, out: m.stdout(), err: m.stderr(), file: m.file };
  }

  it('scores a preset against a CSV and exits 0', async () => {
    const r = await cli(
      ['backtest', 'deepseek-shock', '--observed', 'obs.csv', '--samples', '0', '--set', 'horizonMonths=24'],
      { 'obs.csv': CSV },
    );
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/chips .* 1\.90×/);
    expect(r.out).toMatch(/1 of 2 within 2×; geometric-mean error ×2\.39/);
    expect(r.out).not.toMatch(/NaN|Infinity/);
  });

  it('writes JSON with nulls, never NaN', async () => {
    const r = await cli(
      ['backtest', 'deepseek-shock', '--observed', 'obs.csv', '--samples', '0', '--format', 'json'],
      { 'obs.csv': CSV },
    );
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.summary.scored).toBeGreaterThan(0);
    expect(r.out).not.toMatch(/NaN|Infinity/);
  });

  it('refuses a missing --observed, a bad file and bad --samples with exit 2', async () => {
    expect((await cli(['backtest', 'deepseek-shock'])).code).toBe(2);
    const bad = await cli(['backtest', 'deepseek-shock', '--observed', 'o.csv'], {
      'o.csv': 'series,period,value\nx,2024-01,1',
    });
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/row 1: series must be/);
    const samples = await cli(['backtest', 'deepseek-shock', '--observed', 'o.csv', '--samples', '0x10'], {
      'o.csv': CSV,
    });
    expect(samples.code).toBe(2);
    expect(samples.err).toMatch(/--samples must be a whole number/);
  });

  it('prints the in-sample fit table with every observation and the summary', async () => {
    const r = await cli(['calibrate']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/nvidia-dc-fy2025 .* capexChips/);
    expect(r.out).toMatch(/\d+ of \d+ fitted observations within 2×/);
    expect(r.out).toMatch(/hindsight/);
  });

  it('writes a scenario for an earlier vintage, which then runs at that vintage', async () => {
    const m = memoryIO({
      'obs.csv': 'series,period,aggregation,value\nrentalPrice,2024-10/2024-12,mean,2.2\n',
    });
    expect(await main(['calibrate', '--as-of', '2024-10-31', '--scenario-out', 'v.json'], m.io)).toBe(0);
    const saved = JSON.parse(m.file('v.json') as string);
    expect(saved.asOf).toBe('2024-10-31');
    expect(saved.parameters.tokensPerMonth).toBeTypeOf('number');
    // Defaults no source by then supports are set explicitly and named, so the file runs as the fit ran.
    expect(saved.parameters.shockMonth).toBeTypeOf('number');
    expect(saved.description).toMatch(/no source published by 2024-10-31 supports them: .*shockMonth/);
    expect(m.stderr()).toMatch(/v\.json: \d+ parameters held at the 2025-02-28 catalogue's values/);
    expect(await main(['run', 'v.json', '--format', 'json'], m.io)).toBe(0);
    expect(await main(['backtest', 'v.json', '--observed', 'obs.csv', '--samples', '20'], m.io)).toBe(0);
  });

  it('with --write, writes the fitted values and the README fit table between its markers', async () => {
    const m = memoryIO({ 'README.md': 'intro\n<!-- fit-table -->\nold\n<!-- /fit-table -->\nend\n' });
    expect(await main(['calibrate', '--write'], m.io)).toBe(0);
    expect(m.file('models/calibration/fitted.ts')).toMatch(/export const FITTED_VALUES/);
    const readme = m.file('README.md') as string;
    expect(readme).toMatch(/^intro\n<!-- fit-table -->\n\| observation \|/);
    expect(readme).toMatch(/<!-- \/fit-table -->\nend\n$/);
    expect(readme).not.toMatch(/\nold\n/);
  });

  it('refuses --write for another vintage, and a malformed --as-of', async () => {
    const w = await cli(['calibrate', '--as-of', '2024-10-31', '--write']);
    expect(w.code).toBe(2);
    expect(w.err).toMatch(/--scenario-out/);
    const d = await cli(['calibrate', '--as-of', '2024-02-30']);
    expect(d.code).toBe(2);
    expect(d.err).toMatch(/YYYY-MM-DD/);
  });
});

describe('--as-of on run', () => {
  async function cli(argv: string[], files: Record<string, string> = {}) {
    const m = memoryIO(files);
    const code = await main(argv, m.io);
    return { code, out: m.stdout(), err: m.stderr() };
  }

  it('runs the catalogue at its own vintage', async () => {
    expect(
      (await cli(['run', 'deepseek-shock', '--as-of', '2025-02-28', '--set', 'horizonMonths=12'])).code,
    ).toBe(0);
  });

  it('refuses defaults published after an earlier vintage, naming them and when they become usable', async () => {
    const r = await cli(['run', 'deepseek-shock', '--as-of', '2024-06-30']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(
      /as of 2024-06-30, \d+ defaults rest only on sources published later: .*first supported 20\d\d-\d\d-\d\d/,
    );
  });

  it.each([
    ['mc', '--samples', '10'],
    ['sweep', '--param', 'elasticity', '--from', '1', '--to', '2', '--steps', '2'],
    ['sensitivity'],
    ['compare', 'pre-deepseek'],
    ['backtest', '--observed', 'none.csv'],
  ])('refuses an early vintage in %s too, before any work', async (command, ...rest) => {
    const argv =
      command === 'compare' ? [command, 'deepseek-shock', ...rest] : [command, 'deepseek-shock', ...rest];
    const r = await cli([...argv, '--as-of', '2024-06-30']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/as of 2024-06-30/);
  });

  it('reads asOf from a scenario file and refuses it the same way', async () => {
    const r = await cli(['run', 's.json'], { 's.json': JSON.stringify({ name: 'old', asOf: '2024-06-30' }) });
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/\$\.asOf.*as of 2024-06-30/s);
  });
});
