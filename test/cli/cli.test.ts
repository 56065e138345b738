import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { presets } from '../../models/index';
import { memoryIO } from './memory-io';

async function cli(argv: string[], files: Record<string, string> = {}) {
  const m = memoryIO(files);
  const code = await main(argv, m.io);
  return { code, out: m.stdout(), err: m.stderr(), file: m.file };
}

describe('jevons CLI (in-process)', () => {
  it('run <preset> prints a yearly table with units and the verdict in one line', async () => {
    const { code, out, err } = await cli(['run', 'deepseek-shock']);
    expect(code).toBe(0);
    expect(err).toBe('');
    expect(out).toMatch(/^year\s+avg price/m);
    expect(out).toMatch(/\$[\d.,]+ ?[kMBT]?\/Mtok/);
    expect(out).toMatch(/GPU spend/);
    const verdicts = out.split('\n').filter((line) => line.startsWith('Verdict: '));
    expect(verdicts).toHaveLength(1);
    expect(verdicts[0]).toMatch(
      /Under these assumptions DeepSeek's price cut (raises|cuts|leaves unchanged) cumulative 2025–20\d\d GPU spend/,
    );
    expect(out).not.toMatch(/NaN|Infinity|undefined\b(?! —| rebound|:)/);
  });

  it('run --format json follows the DESIGN.md shape with units', async () => {
    const { code, out } = await cli(['run', 'deepseek-shock', '--format', 'json']);
    expect(code).toBe(0);
    const json = JSON.parse(out);
    for (const key of [
      'month',
      'price',
      'tokens',
      'tokensServed',
      'inferenceGpuHours',
      'trainingGpuHours',
      'fleetGpus',
      'gpuSpend',
      'capex',
      'revenue',
    ]) {
      expect(Array.isArray(json.series[key]), key).toBe(true);
      expect(json.series[key]).toHaveLength(json.series.month.length);
    }
    expect(json.units.gpuSpend).toBe('USD/month');
    expect(json.units['summary.cumulativeGpuSpend']).toBe('USD');
    expect(typeof json.summary.cumulativeGpuHours).toBe('number');
    expect(['backfire', 'full-rebound', 'partial-rebound', 'super-conservation', 'undefined']).toContain(
      json.summary.verdict,
    );
    expect('breakEvenElasticity' in json.summary).toBe(true);
    expect(json.scenario.parameters).toBeTypeOf('object');
  });

  it('run --format csv has a header with units and one row per month', async () => {
    const { code, out } = await cli([
      'run',
      'deepseek-shock',
      '--format',
      'csv',
      '--set',
      'horizonMonths=24',
    ]);
    expect(code).toBe(0);
    const lines = out.trim().split('\n');
    expect(lines[0]).toMatch(/^month,priceIncumbent \(USD\/Mtok\),/);
    expect(lines).toHaveLength(25);
    expect(lines[1]).toMatch(/^2025-01,/);
  });

  it('--set changes the result and --out writes a file', async () => {
    const a = JSON.parse(
      (await cli(['run', 'deepseek-shock', '--format', 'json', '--set', 'elasticity=0.3'])).out,
    );
    const b = JSON.parse(
      (await cli(['run', 'deepseek-shock', '--format', 'json', '--set', 'elasticity=2'])).out,
    );
    expect(b.summary.cumulativeTokens).toBeGreaterThan(a.summary.cumulativeTokens);
    const written = await cli(['run', 'deepseek-shock', '--format', 'json', '--out', 'result.json']);
    expect(written.code).toBe(0);
    expect(written.out).toBe('');
    expect(written.err).toMatch(/wrote result\.json/);
    expect(JSON.parse(written.file('result.json') as string).summary).toBeTruthy();
  });

  it('reads JSON and YAML scenario files with units and expressions', async () => {
    const json = JSON.stringify({
      name: 'mine',
      extends: 'deepseek-shock',
      parameters: { gpuHourCost: '2.5 USD/GPUh', elasticity: 1.4 },
    });
    const yaml =
      'name: mine\nextends: deepseek-shock\nparameters:\n  gpuHourCost: 2.5 USD/GPUh\n  elasticity: 1.4\n';
    const a = await cli(['run', 'mine.json', '--format', 'json'], { 'mine.json': json });
    const b = await cli(['run', 'mine.yaml', '--format', 'json'], { 'mine.yaml': yaml });
    expect(a.code).toBe(0);
    expect(b.code).toBe(0);
    expect(JSON.parse(a.out).summary).toEqual(JSON.parse(b.out).summary);
    const expr = await cli(['run', 'x.json'], {
      'x.json': JSON.stringify({ name: 'x', parameters: { gpuHourCost: '2 * 0.9^year' } }),
    });
    expect(expr.code).toBe(0);
  });

  it.each([
    [['run', 'nope-preset'], /no preset or file named 'nope-preset'/],
    [['run', 'deepseek-shok'], /did you mean the preset 'deepseek-shock'/],
    [['run', 'deepseek-shock', '--set', 'elastcity=1'], /did you mean 'elasticity'/],
    [['run', 'deepseek-shock', '--set', 'elasticity=99'], /elasticity/],
    [['run', 'deepseek-shock', '--set', 'elasticity=NaN'], /elasticity/],
    [['run', 'deepseek-shock', '--set', 'gpuHourCost=3 FLOP'], /gpuHourCost/],
    [['run', 'deepseek-shock', '--set', 'horizonMonths=100000'], /horizonMonths/],
    [['run', 'deepseek-shock', '--set', 'elasticity'], /--set expects ID=VALUE/],
    [['run', 'deepseek-shock', '--format', 'xml'], /--format must be one of table, json, csv/],
    [['run', 'deepseek-shock', '--fromat', 'json'], /unknown option --fromat.*did you mean --format/],
    [['run'], /needs <scenario/],
    [['runn'], /unknown command 'runn' \(did you mean 'run'\?\)/],
    [['explain', 'elastcity'], /did you mean 'elasticity'/],
    [
      ['sweep', 'deepseek-shock', '--param', 'elasticity', '--steps', '1'],
      /--steps must be a whole number from 2/,
    ],
    [['sweep', 'deepseek-shock', '--param', 'elasticity', '--to', '50'], /outside elasticity's range/],
  ])('bad usage %j exits 2 with a clear message and no stack trace', async (argv, pattern) => {
    const { code, out, err } = await cli(argv as string[]);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toMatch(pattern);
    expect(err).not.toMatch(/\n\s+at /);
  });

  it.each([
    ['bad.json', '{ "name": "x", "parameters": { "elasticity": 1.2, } '],
    ['bad.yaml', 'name: [unclosed\n'],
    [
      'hostile.json',
      JSON.stringify({ name: 'x', parameters: { gpuHourCost: 'import({}, {override: true})' } }),
    ],
    ['hostile2.json', JSON.stringify({ name: 'x', parameters: { gpuHourCost: 'evaluate("1")' } })],
    ['hostile3.json', JSON.stringify({ name: 'x', parameters: { gpuHourCost: 'f(x) = x' } })],
    ['neg.json', JSON.stringify({ name: 'x', parameters: { gpuHourCost: '2 - year' } })],
    ['notobj.json', '[1, 2, 3]'],
  ])('invalid scenario file %s exits 2 listing the errors with their JSON paths', async (name, text) => {
    const { code, err } = await cli(['run', name], { [name]: text });
    expect(code).toBe(2);
    expect(err).toMatch(/is not valid \(\d+ errors?\)/);
    expect(err).toMatch(/\$/);
    expect(err).not.toMatch(/\n\s+at /);
  });

  it('extreme but valid inputs give finite numbers', async () => {
    const { code, out } = await cli([
      'run',
      'deepseek-shock',
      '--format',
      'json',
      '--set',
      'elasticity=3',
      '--set',
      'priceDeclinePerYear=100',
      '--set',
      'horizonMonths=240',
    ]);
    expect(code).toBe(0);
    expect(out).not.toMatch(/NaN|Infinity|null,\n\s+null/);
    const json = JSON.parse(out);
    for (const values of Object.values(json.series) as unknown[][]) {
      for (const v of values) if (typeof v === 'number') expect(Number.isFinite(v)).toBe(true);
    }
  });

  it('compare, sweep, params, presets and explain answer', async () => {
    const compare = await cli(['compare', 'jevons-bull', 'efficiency-bear']);
    expect(compare.code).toBe(0);
    expect(compare.out).toMatch(/cumulative GPU spend/);
    const sweep = await cli([
      'sweep',
      'deepseek-shock',
      '--param',
      'elasticity',
      '--from',
      '0.2',
      '--to',
      '2',
      '--steps',
      '10',
      '--format',
      'json',
    ]);
    expect(sweep.code).toBe(0);
    expect(JSON.parse(sweep.out).rows).toHaveLength(10);
    const params = await cli(['params']);
    expect(params.out).toMatch(/challengerPriceRatio/);
    const list = await cli(['presets']);
    for (const preset of presets) expect(list.out).toContain(preset.id);
    const explain = await cli(['explain', 'challengerPriceRatio']);
    expect(explain.code).toBe(0);
    expect(explain.out).toMatch(/\[article\]/);
    expect(explain.out).toMatch(/「.+」/);
  });

  it('help and version exit 0; no arguments exits 2 with the overview', async () => {
    expect((await cli(['--help'])).code).toBe(0);
    expect((await cli(['run', '--help'])).out).toMatch(/usage: jevons run/);
    expect((await cli(['--version'])).out).toMatch(/^\d+\.\d+\.\d+/);
    const none = await cli([]);
    expect(none.code).toBe(2);
    expect(none.out).toMatch(/commands:/);
  });
});
