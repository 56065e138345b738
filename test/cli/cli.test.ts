import { describe, expect, it, vi } from 'vitest';
import { presets } from '../../models/index';
import { retiredV1Params } from '../../models/v1-ids';
import { main } from '../../src/cli/main';
import { SERIES_IDS } from '../../src/model/types';
import { memoryIO } from './memory-io';

// Runs take milliseconds, but the first loads mathjs and the engine; leave room on a busy machine.
vi.setConfig({ testTimeout: 30_000 });

async function cli(argv: string[], files: Record<string, string> = {}) {
  const m = memoryIO(files);
  const code = await main(argv, m.io);
  return { code, out: m.stdout(), err: m.stderr(), file: m.file };
}

const SHORT = ['--set', 'horizonMonths=24'];

describe('jevons run (in-process)', () => {
  it('prints the yearly table from 2023 with units, the verdict table, break-even, decomposition, warnings and one headline', async () => {
    const { code, out, err } = await cli(['run', 'deepseek-shock']);
    expect(code).toBe(0);
    expect(err).toBe('');
    const lines = out.split('\n');
    const header = lines.findIndex((line) => /^year\s+tokens served\s+price paid\s+rental price/.test(line));
    expect(header).toBeGreaterThan(0);
    expect(lines[header + 1]).toMatch(/tok\s+USD\/Mtok\s+USD\/H100e-h/);
    const end = lines.indexOf('', header);
    const years = lines.slice(header + 3, end).map((line) => line.slice(0, 4));
    expect(years).toEqual(['2023', '2024', '2025', '2026', '2027', '2028', '2029', '2030']);
    // Verdict table: 3 horizons × 3 bases, with their windows.
    expect(out).toMatch(
      /^window\s+basis\s+no shock\s+mechanical\s+with shock\s+change vs base\s+rebound\s+class/m,
    );
    for (const window of ['2025-01…2025-12 (12 mo)', '2025-01…2026-12 (24 mo)', '2025-01…2030-12 (72 mo)']) {
      expect(out.split('\n').filter((line) => line.startsWith(window))).toHaveLength(3);
    }
    expect(out).toMatch(/Break-even market elasticity/);
    expect(out).toMatch(/^ {2}compute served: (\d\.\d{3}|none — .+)$/m);
    expect(out).toMatch(/^ {2}GPU capex: (\d\.\d{3}|none — .+)$/m);
    expect(out).toMatch(
      /^basis\s+efficiency\s+pass-through price\s+tier substitution\s+competition \(markup\)\s+capacity price\s+investment\s+total/m,
    );
    expect(out).toMatch(/^Warnings:$/m);
    expect(out).toMatch(/Diagnostic only/);
    const verdicts = lines.filter((line) => line.startsWith('Verdict: '));
    expect(verdicts).toHaveLength(1);
    expect(verdicts[0]).toMatch(
      /^Verdict: Under these assumptions the DeepSeek shock (raises|cuts|leaves unchanged) compute served from 2025-01 to 2030-12/,
    );
    expect(out).not.toMatch(/NaN|Infinity/);
  });

  it('--lang zh writes the tables and the headline in Chinese', async () => {
    const { code, out } = await cli(['run', 'deepseek-shock', '--lang', 'zh', ...SHORT]);
    expect(code).toBe(0);
    expect(out).toMatch(/^年份\s+服务的token/m);
    expect(out).toMatch(/^判定: 在这些假设下/m);
    // A preset run as it is carries its Chinese name; a name the user gave stays theirs.
    expect(out.split('\n')[0]).toBe('DeepSeek冲击');
    const mine = await cli(['run', 'my.json', '--lang', 'zh'], {
      'my.json': JSON.stringify({
        name: 'My shock',
        extends: 'deepseek-shock',
        parameters: { horizonMonths: 12 },
      }),
    });
    expect(mine.code).toBe(0);
    expect(mine.out.split('\n')[0]).toBe('My shock');
  });

  it('marks an undefined rebound and says why under the verdict table, once per reason, in the run’s language', async () => {
    for (const [lang, note] of [
      ['en', /^¹ GPU capex: GPU deliveries sit at the chip-supply ceiling/m],
      ['zh', /^¹ GPU资本开支: GPU交付在有无冲击时都处于芯片供给上限/m],
    ] as const) {
      // Chip supply that grows 1.4× a year: deliveries sit at the ceiling and the GPU price at its cap
      // with and without the shock, so capex cannot move and its rebound is undefined.
      const { code, out } = await cli([
        'run',
        'deepseek-shock',
        '--lang',
        lang,
        ...SHORT,
        '--set',
        'supplyCeilingGrowthPerYear=1.4',
      ]);
      expect(code).toBe(0);
      const marked = out.split('\n').filter((line) => /(rebound undefined|反弹无定义)¹$/.test(line));
      expect(marked.length, lang).toBeGreaterThan(0);
      expect(out, lang).toMatch(note);
      expect(out.match(/^¹ /gm), lang).toHaveLength(1);
    }
  });

  it('--format json follows the version-2 contract, with a unit for every series and summary figure', async () => {
    const { code, out } = await cli(['run', 'deepseek-shock', '--format', 'json']);
    expect(code).toBe(0);
    const json = JSON.parse(out);
    const months = json.series.month.length;
    expect(json.series.month[0]).toBe('2023-01');
    expect(months).toBe(24 + 72);
    for (const key of [
      'tokensServed',
      'pricePaid',
      'rentalPrice',
      'utilization',
      'fleetH100e',
      'orders',
      'deliveries',
      'capex',
      'revenue',
      'shortageShare',
      ...SERIES_IDS,
    ]) {
      expect(json.series[key], key).toHaveLength(months);
      expect(typeof json.units[key], key).toBe('string');
    }
    for (const key of ['tokensByTier', 'listPriceByTier']) {
      expect(Object.keys(json.series[key])).toEqual(['frontier', 'mainstream', 'commodity']);
      for (const values of Object.values(json.series[key]) as number[][]) expect(values).toHaveLength(months);
      expect(json.units[key]).toMatch(key === 'tokensByTier' ? /^tokens\/month/ : /^USD\/Mtok/);
    }
    const { summary } = json;
    expect(summary.verdicts).toHaveLength(9);
    for (const v of summary.verdicts) {
      expect(Object.keys(v)).toEqual(
        expect.arrayContaining(['horizonMonths', 'basis', 'rebound', 'verdict', 'changeVsBase']),
      );
      expect(['backfire', 'full-rebound', 'partial-rebound', 'super-conservation', 'undefined']).toContain(
        v.verdict,
      );
      if (v.rebound === null) expect(v.reason).toMatch(/\w/);
    }
    expect(Object.keys(summary.breakEvenElasticity)).toEqual(['servedCompute', 'capex']);
    expect(summary.decomposition).toHaveLength(3);
    for (const d of summary.decomposition) {
      const sum = Object.values(d.effects as Record<string, number>).reduce((a, b) => a + b, 0);
      expect(Math.abs(sum - d.total)).toBeLessThanOrEqual(
        1e-6 *
          Math.max(1, Math.abs(d.total), ...Object.values(d.effects as Record<string, number>).map(Math.abs)),
      );
    }
    expect(Array.isArray(summary.warnings)).toBe(true);
    expect(summary.demandedDiagnostic.label).toMatch(/^diagnostic only/);
    expect(summary.headline.sentence).toMatch(/^Under these assumptions/);
    expect(json.units['summary.totals.cumulativeCapex']).toBe('USD');
    expect(json.units['basis.servedCompute']).toBe('H100e-hours');
    expect(json.scenario.parameters).toBeTypeOf('object');
  });

  it('--format csv has units in the header, a column per tier series and one row per month from 2023-01', async () => {
    const { code, out } = await cli(['run', 'deepseek-shock', '--format', 'csv', ...SHORT]);
    expect(code).toBe(0);
    // The publish CSV (test/cli/run-csv.test.ts): [scenario] and [parameters] blocks, then [series].
    const lines = out.trim().split('\n');
    const table = lines.slice(lines.indexOf('[series]') + 1);
    expect(table[0]).toMatch(
      /^month \(YYYY-MM\),tokensDemanded \(tokens\/month\),tokensServed \(tokens\/month\),/,
    );
    expect(table[0]).toContain('tokensByTier.commodity (tokens/month)');
    expect(table[0]).toContain('listPriceByTier.frontier (USD/Mtok)');
    expect(table).toHaveLength(1 + 24 + 24);
    expect(table[1]).toMatch(/^2023-01,/);
    expect(table.at(-1)).toMatch(/^2026-12,/);
  });

  it('--set changes the result and --out writes the file', async () => {
    const a = JSON.parse(
      (await cli(['run', 'deepseek-shock', '--format', 'json', '--set', 'elasticity=0.3'])).out,
    );
    const b = JSON.parse(
      (await cli(['run', 'deepseek-shock', '--format', 'json', '--set', 'elasticity=2'])).out,
    );
    expect(b.summary.totals.scenario.cumulativeTokensServed).toBeGreaterThan(
      a.summary.totals.scenario.cumulativeTokensServed,
    );
    const written = await cli([
      'run',
      'deepseek-shock',
      '--format',
      'json',
      '--out',
      'result.json',
      ...SHORT,
    ]);
    expect(written.code).toBe(0);
    expect(written.out).toBe('');
    expect(written.err).toMatch(/wrote result\.json/);
    expect(JSON.parse(written.file('result.json') as string).summary.headline).toBeTruthy();
  });

  it('reads JSON and YAML files with units and expressions, to the same result', async () => {
    const parameters = { rentalPriceFloor: '0.8 USD/GPUh', elasticity: 1.4, horizonMonths: 24 };
    const json = JSON.stringify({ name: 'mine', extends: 'deepseek-shock', parameters });
    const yaml =
      'name: mine\nextends: deepseek-shock\nparameters:\n  rentalPriceFloor: 0.8 USD/GPUh\n  elasticity: 1.4\n  horizonMonths: 24\n';
    const a = await cli(['run', 'mine.json', '--format', 'json'], { 'mine.json': json });
    const b = await cli(['run', 'mine.yaml', '--format', 'json'], { 'mine.yaml': yaml });
    expect(a.code).toBe(0);
    expect(b.code).toBe(0);
    expect(JSON.parse(a.out).summary).toEqual(JSON.parse(b.out).summary);
    const expr = await cli(['run', 'x.json'], {
      'x.json': JSON.stringify({
        name: 'x',
        parameters: { elasticity: '1 + 0.1 * tanh(year)', horizonMonths: 24 },
      }),
    });
    expect(expr.code, expr.err).toBe(0);
    expect(expr.out).toMatch(/your market elasticity varies in time/);
  });

  it.each(retiredV1Params.map((p) => [p.id, p.message.en] as const))(
    'a v1 file with the removed id %s is refused, naming it and what replaced it',
    async (id, message) => {
      const file = JSON.stringify({
        name: 'v1',
        parameters: { elasticity: 1.2, [id]: id === 'startMonth' ? '2025-01' : 1 },
      });
      const { code, err } = await cli(['run', 'v1.json'], { 'v1.json': file });
      expect(code).toBe(2);
      expect(err).toContain(`$.parameters.${id}: version-1 parameter: ${message.slice(0, 40)}`);
      const set = await cli(['run', 'deepseek-shock', '--set', `${id}=1`]);
      expect(set.code).toBe(2);
      expect(set.err).toContain(`--set ${id}=1: version-1 parameter: ${id}`);
    },
  );

  it('a v1 file whose ids all survive still opens', async () => {
    const file = JSON.stringify({
      name: 'v1 kept',
      extends: 'deepseek-shock',
      parameters: {
        elasticity: 1.3,
        shockMonth: 2,
        horizonMonths: 36,
        challengerShareMax: 0.3,
        flopsPerToken: '4e11',
        trainingRebound: 0.5,
      },
    });
    const { code, err } = await cli(['run', 'ok.json'], { 'ok.json': file });
    expect(err).toBe('');
    expect(code).toBe(0);
  });
});

describe('bad usage and invalid scenarios', () => {
  it.each([
    [['run', 'nope-preset'], /no preset or file named 'nope-preset'/],
    [['run', 'deepseek-shok'], /did you mean the preset 'deepseek-shock'/],
    [['run', 'deepseek-shock', '--set', 'elastcity=1'], /did you mean 'elasticity'/],
    [['run', 'deepseek-shock', '--set', 'elasticity=99'], /elasticity must be within [\d.]+–3; got 99/],
    [['run', 'deepseek-shock', '--set', 'elasticity=NaN'], /elasticity/],
    [['run', 'deepseek-shock', '--set', 'rentalPriceFloor=3 FLOP'], /rentalPriceFloor expects USD\/GPUh/],
    [
      ['run', 'deepseek-shock', '--set', 'horizonMonths=100000'],
      /horizonMonths must be within 12–240 months/,
    ],
    [
      ['run', 'deepseek-shock', '--set', 'shockMonth=30', '--set', 'horizonMonths=24'],
      /shockMonth must be below horizonMonths/,
    ],
    [
      ['run', 'deepseek-shock', '--set', 'fleetUtilization=0.99'],
      /fleetUtilization must be at most maxUtilization \(0\.95 share\); got 0\.99 share/,
    ],
    [['run', 'textbook', '--set', 'frontierTokenShare=0'], /token shares .* are all 0/],
    [['run', 'deepseek-shock', '--set', 'elasticity'], /--set expects ID=VALUE/],
    [['run', 'deepseek-shock', '--format', 'xml'], /--format must be one of table, json, csv/],
    [['run', 'deepseek-shock', '--lang', 'fr'], /--lang must be one of en, zh/],
    [['run', 'deepseek-shock', '--fromat', 'json'], /unknown option '--fromat'.*did you mean --format/],
    [['run'], /needs <scenario/],
    [['runn'], /unknown command 'runn' \(did you mean 'run'\?\)/],
    [['explain', 'elastcity'], /did you mean 'elasticity'/],
    [['explain', 'gpuHourCost'], /version-1 parameter: gpuHourCost is gone/],
    [['sweep', 'deepseek-shock', '--steps', '1'], /--steps must be a whole number from 2/],
    [['sweep', 'deepseek-shock', '--to', '50'], /outside elasticity's range/],
    [['sweep', 'deepseek-shock', '--param', 'horizonMonths'], /cannot be swept/],
    [['sweep', 'deepseek-shock', '--param', 'gpuHourCost'], /unknown parameter 'gpuHourCost'/],
  ])(
    '%j exits 2 with a message naming the field, rule and value, and no stack trace',
    async (argv, pattern) => {
      const { code, out, err } = await cli(argv as string[]);
      expect(code).toBe(2);
      expect(out).toBe('');
      expect(err).toMatch(pattern);
      expect(err).not.toMatch(/\n\s+at /);
    },
  );

  it.each([
    ['bad.json', '{ "name": "x", "parameters": { "elasticity": 1.2, } '],
    ['bad.yaml', 'name: [unclosed\n'],
    [
      'hostile.json',
      JSON.stringify({ name: 'x', parameters: { elasticity: 'import({}, {override: true})' } }),
    ],
    ['hostile2.json', JSON.stringify({ name: 'x', parameters: { elasticity: 'evaluate("1")' } })],
    ['hostile3.json', JSON.stringify({ name: 'x', parameters: { elasticity: 'f(x) = x' } })],
    ['hostile4.json', JSON.stringify({ name: 'x', parameters: { costOfCapital: 'a.constructor' } })],
    ['neg.json', JSON.stringify({ name: 'x', parameters: { elasticity: '1 - year' } })],
    ['notobj.json', '[1, 2, 3]'],
  ])('invalid scenario file %s exits 2 listing the errors with their JSON paths', async (name, text) => {
    const { code, err } = await cli(['run', name], { [name]: text });
    expect(code).toBe(2);
    expect(err).toMatch(/is not valid \(\d+ errors?\)/);
    expect(err).toMatch(/\$/);
    expect(err).not.toMatch(/\n\s+at /);
  });

  it('a time expression is checked from the history start: t is negative before 2025-01', async () => {
    const { code, err } = await cli(['run', 'h.json'], {
      'h.json': JSON.stringify({ name: 'h', parameters: { elasticity: '1 + t / 12' } }),
    });
    expect(code).toBe(2);
    expect(err).toMatch(/elasticity = '1 \+ t \/ 12' gives −1 at month −24 \(2023-01\)/);
  });

  it('extreme but valid inputs give finite numbers or a refusal, never NaN', async () => {
    const { code, out, err } = await cli([
      'run',
      'deepseek-shock',
      '--format',
      'json',
      '--set',
      'elasticity=3',
      '--set',
      'horizonMonths=240',
    ]);
    if (code === 2) {
      expect(err).toMatch(/gives no finite answer/);
      return;
    }
    expect(code).toBe(0);
    expect(out).not.toMatch(/NaN|Infinity|null,\n\s+null/);
    const json = JSON.parse(out);
    for (const [key, values] of Object.entries(json.series)) {
      if (!Array.isArray(values)) continue;
      for (const v of values) if (typeof v === 'number') expect(Number.isFinite(v), key).toBe(true);
    }
  });
});

describe('compare, sweep, params, presets, explain', () => {
  it('compare prints the totals and each scenario’s verdicts side by side', async () => {
    const { code, out } = await cli(['compare', 'pre-deepseek', 'deepseek-shock', ...SHORT]);
    expect(code).toBe(0);
    expect(out).toMatch(/^from the shock on\s+pre-deepseek\s+deepseek-shock\s+b \/ a$/m);
    expect(out).toMatch(
      /^compute served\s+[\d.]+ [kMBTP] H100e-hours\s+[\d.]+ [kMBTP] H100e-hours\s+[\d.]+×$/m,
    );
    expect(out).toMatch(/^rebound on compute served\s/m);
    expect(out).toMatch(/^pre-deepseek: Under these assumptions/m);
    expect(out).toMatch(/^deepseek-shock: Under these assumptions/m);
    const json = JSON.parse(
      (await cli(['compare', 'pre-deepseek', 'deepseek-shock', '--format', 'json', ...SHORT])).out,
    );
    expect(json.a.verdicts.map((v: { basis: string }) => v.basis)).toEqual([
      'servedCompute',
      'computeValue',
      'capex',
    ]);
    expect(json.units.cumulativeServedHours).toBe('H100e-hours');
  });

  it('sweep prints, per value, the totals and the rebound on each basis', async () => {
    const args = [
      'sweep',
      'deepseek-shock',
      '--param',
      'elasticity',
      '--from',
      '0.2',
      '--to',
      '2',
      '--steps',
      '4',
      ...SHORT,
    ];
    const table = await cli(args);
    expect(table.code).toBe(0);
    expect(table.out).toMatch(
      /compute served, shock\s+vs base\s+rebound\s+the value of compute, shock\s+vs base\s+rebound\s+GPU capex, shock/,
    );
    expect(table.out.split('\n').filter((line) => /^\s+(0\.2|0\.8|1\.4|2)\s/.test(line))).toHaveLength(4);
    const json = JSON.parse((await cli([...args, '--format', 'json'])).out);
    expect(json.rows).toHaveLength(4);
    for (const row of json.rows)
      for (const basis of ['servedCompute', 'computeValue', 'capex'])
        expect(Object.keys(row[basis])).toEqual([
          'base',
          'mechanical',
          'scenario',
          'changeVsBase',
          'rebound',
          'verdict',
        ]);
    const csv = (await cli([...args, '--format', 'csv'])).out.trim().split('\n');
    expect(csv).toHaveLength(5);
    expect(csv[0]).toMatch(/^elasticity \(–\),servedCompute base \(H100e-hours\),/);
  });

  it('sweep rounds the values of a whole-number parameter', async () => {
    const json = JSON.parse(
      (
        await cli([
          'sweep',
          'deepseek-shock',
          '--param',
          'leadTimeMonths',
          '--from',
          '0',
          '--to',
          '3',
          '--steps',
          '3',
          '--format',
          'json',
          ...SHORT,
        ])
      ).out,
    );
    expect(json.rows.map((r: { value: number }) => r.value)).toEqual([0, 2, 3]);
  });

  it('params lists the version-2 catalogue; presets every preset; explain every source with its date', async () => {
    const params = await cli(['params']);
    expect(params.code).toBe(0);
    for (const id of ['commodityListPrice', 'rentalPriceFloor', 'qualityShock', 'trainingRebound'])
      expect(params.out).toContain(id);
    expect(params.out).not.toMatch(/gpuHourCost|pricePerMTok/);
    const list = await cli(['presets']);
    for (const preset of presets) expect(list.out).toContain(preset.id);
    const explain = await cli(['explain', 'challengerFlopsRatio']);
    expect(explain.code).toBe(0);
    const sources = explain.out
      .split('\n')
      .filter((line) => /^ {2}\[(article|external|derived|assumption)/.test(line));
    expect(sources.length).toBeGreaterThan(0);
    for (const line of sources) expect(line).toMatch(/published \d{4}(-\d\d){0,2}/);
    const json = JSON.parse((await cli(['explain', 'elasticity', '--format', 'json'])).out);
    expect(json.id).toBe('elasticity');
  });

  it('help and version exit 0; no arguments exits 2 with the overview; mc and sensitivity are registered', async () => {
    const help = await cli(['--help']);
    expect(help.code).toBe(0);
    for (const name of ['run', 'compare', 'sweep', 'mc', 'sensitivity', 'params', 'presets', 'explain'])
      expect(help.out).toMatch(new RegExp(`^ {2}${name}\\s`, 'm'));
    expect((await cli(['run', '--help'])).out).toMatch(/usage: jevons run/);
    expect((await cli(['--version'])).out).toMatch(/^\d+\.\d+\.\d+/);
    const none = await cli([]);
    expect(none.code).toBe(2);
    expect(none.out).toMatch(/commands:/);
  });
});
