import { describe, expect, it } from 'vitest';
import { jevons } from '../../src/engine/jevons';
import { cut, oneLine, printable, quoted } from '../../src/format/text';
import { SERIES_IDS, SERIES_UNITS } from '../../src/model/types';
import { csvCell, toCsv } from '../../src/report/csv';
import { runReport } from '../../src/report/run-report';
import { firstNonFinite, seriesCsv } from '../../src/report/series-csv';
import { TOTALS_UNITS } from '../../src/report/units';
import { YEAR_ROW_UNITS, yearlyRows } from '../../src/report/yearly';
import { applyOverrides } from '../../src/scenario/overrides';
import { scenarioFromPreset } from '../../src/scenario/from-preset';

function shortScenario() {
  const result = applyOverrides(scenarioFromPreset('deepseek-shock'), [['horizonMonths', '36']]);
  if (!result.ok) throw new Error(result.errors[0].message);
  return result.scenario;
}

const scenario = shortScenario();
const result = jevons(scenario);

describe('runReport: the JSON of `jevons run`', () => {
  const report = runReport(scenario, result);

  it('carries every series, monthly from 2023-01, with tier series as { tierId: number[] }', () => {
    const months = 24 + 36;
    expect(report.series.month).toHaveLength(months);
    expect(report.series.month[0]).toBe('2023-01');
    expect(report.series.month.at(-1)).toBe('2027-12');
    for (const id of SERIES_IDS) {
      expect(report.series[id], id).toHaveLength(months);
      expect(report.series[id]).toEqual(Array.from(result.scenario.series[id]));
    }
    for (const key of ['tokensByTier', 'listPriceByTier'] as const) {
      expect(Object.keys(report.series[key])).toEqual(result.scenario.tiers);
      for (const tier of result.scenario.tiers) expect(report.series[key][tier]).toHaveLength(months);
    }
  });

  it('names the unit of every series and summary figure', () => {
    for (const key of Object.keys(report.series)) expect(report.units[key], key).toBeTypeOf('string');
    for (const id of SERIES_IDS) expect(report.units[id]).toBe(SERIES_UNITS[id]);
    for (const key of Object.keys(report.summary.totals.scenario))
      expect(report.units[`summary.totals.${key}`], key).toBe(TOTALS_UNITS[key as keyof typeof TOTALS_UNITS]);
    for (const basis of ['servedCompute', 'computeValue', 'capex'])
      expect(report.units[`basis.${basis}`]).toBeTruthy();
    for (const key of ['rebound', 'changeVsBase', 'horizonMonths'])
      expect(report.units[`summary.verdicts.${key}`]).toBeTruthy();
    for (const v of report.summary.verdicts) expect(v.unit).toBe(report.units[`basis.${v.basis}`]);
    for (const d of report.summary.decomposition) expect(d.unit).toBe(report.units[`basis.${d.basis}`]);
  });

  it('summarises the verdict: headline with its sentence, every horizon × basis, break-even, decomposition, warnings, diagnostic', () => {
    const { summary } = report;
    expect(summary.verdicts.map((v) => `${v.horizonMonths}:${v.basis}`)).toEqual(
      result.verdicts.map((v) => `${v.horizonMonths}:${v.basis}`),
    );
    for (const v of summary.verdicts) {
      expect(v.from).toBe('2025-01');
      expect(v.rebound === null).toBe(v.verdict === 'undefined');
    }
    expect(summary.headline.basis).toBe('servedCompute');
    expect(summary.headline.horizonMonths).toBe(36);
    expect(summary.headline.sentence).toMatch(/^Under these assumptions the DeepSeek shock/);
    expect(Object.keys(summary.breakEvenElasticity)).toEqual(['servedCompute', 'capex']);
    expect(summary.decomposition.map((d) => d.basis)).toEqual(['servedCompute', 'computeValue', 'capex']);
    expect(summary.demandedDiagnostic.label).toMatch(/^diagnostic only/);
    expect(summary.totals.base).toEqual(result.base.totals);
    expect(runReport(scenario, result, 'zh').summary.headline.sentence).toMatch(/^在这些假设下/);
  });

  it('is plain JSON: it survives a round trip unchanged', () => {
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });
});

describe('seriesCsv', () => {
  it('has one row per month and one column per series and tier series, units in the header', () => {
    const lines = seriesCsv(result.scenario).trim().split('\n');
    const header = lines[0].split(',');
    expect(header[0]).toBe('month (YYYY-MM)');
    expect(header).toHaveLength(1 + SERIES_IDS.length + 2 * result.scenario.tiers.length);
    expect(header).toContain('tokensByTier.frontier (tokens/month)');
    expect(header).toContain('listPriceByTier.commodity (USD/Mtok)');
    expect(lines).toHaveLength(1 + 60);
    expect(lines[1].split(',')).toHaveLength(header.length);
  });

  it('adds baseline columns when asked', () => {
    const header = seriesCsv(result.scenario, result.base).split('\n')[0];
    expect(header).toContain('baseline_capex (USD/month)');
    expect(header).toContain('baseline_tokensByTier.mainstream (tokens/month)');
  });

  it('finds the first value that is not finite', () => {
    expect(firstNonFinite(result.scenario)).toBeUndefined();
    const broken = {
      ...result.scenario,
      series: { ...result.scenario.series, capex: result.scenario.series.capex.slice() },
    };
    broken.series.capex[30] = Number.NaN;
    expect(firstNonFinite(broken)).toEqual({ series: 'capex', month: '2025-07', value: Number.NaN });
  });
});

describe('csv cells', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
    ['a,b', '"a,b"'],
    ['plain', 'plain'],
  ])('text %j is written %j', (text, cell) => {
    expect(csvCell(text)).toBe(cell);
  });

  it('numbers stay numbers, negative ones too; non-finite numbers and null are empty', () => {
    expect(csvCell(-0.5)).toBe('-0.5');
    expect(csvCell(1e21)).toBe('1e+21');
    expect(csvCell(Number.NaN)).toBe('');
    expect(csvCell(null)).toBe('');
    expect(toCsv(['a', '=b'], [[1, '-x']])).toBe("a,'=b\n1,'-x\n");
  });
});

describe('yearlyRows', () => {
  const rows = yearlyRows(result.scenario);

  it('has one row per calendar year from 2023; flows add up to the monthly totals', () => {
    expect(rows.map((r) => r.year)).toEqual(['2023', '2024', '2025', '2026', '2027']);
    const sum = (values: Float64Array) => values.reduce((a, b) => a + b, 0);
    const s = result.scenario.series;
    for (const [key, series] of [
      ['capex', s.capex],
      ['revenue', s.revenue],
      ['servedHours', s.servedHours],
      ['tokensServed', s.tokensServed],
    ] as const) {
      const total = rows.reduce((acc, r) => acc + r[key], 0);
      expect(total).toBeCloseTo(sum(series), -Math.floor(Math.log10(Math.abs(sum(series)) || 1)) + 9);
    }
    expect(rows[0].fleetH100e).toBe(s.fleetH100e[11]);
    for (const key of Object.keys(YEAR_ROW_UNITS)) expect(rows[0]).toHaveProperty(key);
  });

  it('weights the price paid by tokens and the rental price by hours', () => {
    const s = result.scenario.series;
    let revenue = 0;
    let tokens = 0;
    for (let t = 24; t < 36; t++) {
      revenue += s.revenue[t];
      tokens += s.tokensServed[t];
    }
    expect(rows[2].pricePaid).toBeCloseTo((revenue * 1e6) / tokens, 10);
  });

  it('prices a year’s GPUs at its orders’ prices, weighted by the orders, between the months’ extremes', () => {
    const s = result.scenario.series;
    rows.forEach((row, i) => {
      const months = Array.from({ length: row.months }, (_, k) => 12 * i + k);
      const prices = months.map((t) => s.gpuPrice[t]);
      const orders = months.reduce((acc, t) => acc + s.orders[t], 0);
      const paid = months.reduce((acc, t) => acc + s.gpuPrice[t] * s.orders[t], 0);
      expect(row.gpuPrice).toBeGreaterThanOrEqual(Math.min(...prices) * (1 - 1e-12));
      expect(row.gpuPrice).toBeLessThanOrEqual(Math.max(...prices) * (1 + 1e-12));
      if (orders > 0) expect(row.gpuPrice).toBeCloseTo(paid / orders, 6);
    });
  });
});

describe('text made safe to print', () => {
  it('shows control characters and bidi overrides as escapes, keeps newlines and tabs', () => {
    expect(printable('a\u001b[2Jb\u009b\u202e\n\tc')).toBe('a\\x1b[2Jb\\x9b\\u202e\n\tc');
    expect(oneLine('a\nb')).toBe('a b');
  });

  it('cuts long values', () => {
    expect(cut('x'.repeat(100), 10)).toBe(`${'x'.repeat(9)}…`);
    expect(quoted('y'.repeat(1000))).toHaveLength(62);
  });
});
