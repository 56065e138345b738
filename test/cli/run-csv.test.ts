// `jevons run --format csv` is the app's "Export series as CSV": the same writer
// (src/report/publish-csv.ts) given the same runs — the scenario's, the base run as the `baseline_`
// columns (the app's default dashed baseline) and, with --samples, the Monte Carlo bands — so the two
// faces cannot drift apart. The golden file shows the layout a person gets: the [scenario] and
// [parameters] blocks, then the monthly [series]; numbers there are cut to 4 significant digits so a
// last-bit change passes while a real change of the model shows as a changed line. On a mismatch
// the new text is written beside it as …-changed.csv (git-ignored) for review;
// `UPDATE_GOLDEN=1 npx vitest run --project unit test/cli/run-csv.test.ts` accepts it.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parameterById } from '../../models/index';
import { main } from '../../src/cli/main';
import { jevons } from '../../src/engine/jevons';
import { SERIES_IDS, SERIES_UNITS } from '../../src/model/types';
import { publishCsv } from '../../src/report/publish-csv';
import { applyOverrides } from '../../src/scenario/overrides';
import { scenarioFromPreset } from '../../src/scenario/from-preset';
import { monteCarlo } from '../../src/uncertainty/monte-carlo';
import { QUANTILE_KEYS } from '../../src/uncertainty/quantiles';
import { memoryIO } from './memory-io';

const GOLDEN = fileURLToPath(new URL('../golden/cli-run-deepseek-shock.csv', import.meta.url));
const SHORT = ['--set', 'horizonMonths=12'];

async function cli(argv: string[]) {
  const m = memoryIO();
  const code = await main(argv, m.io);
  return { code, out: m.stdout(), err: m.stderr() };
}

/** The scenario the CLI reads for `deepseek-shock --set horizonMonths=12`, built through the library. */
function shortScenario() {
  const applied = applyOverrides(scenarioFromPreset('deepseek-shock'), [['horizonMonths', '12']]);
  if (!applied.ok) throw new Error(applied.errors[0].message);
  return applied.scenario;
}

/** A CSV line's cells (the publish CSV quotes only cells with commas, which the golden keeps whole). */
function cells(line: string): string[] {
  return line.split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/);
}

/** The CSV with every number cut to 4 significant digits, for the golden file. */
function reviewable(csv: string): string {
  return csv
    .split('\n')
    .map((line) =>
      cells(line)
        .map((cell) =>
          /^-?\d/.test(cell) && Number.isFinite(Number(cell))
            ? String(Number(Number(cell).toPrecision(4)))
            : cell,
        )
        .join(','),
    )
    .join('\n');
}

describe('jevons run --format csv (in-process)', { timeout: 120_000 }, () => {
  it('writes the app’s publish CSV: the same bytes as publishCsv given the same runs', async () => {
    const { code, out, err } = await cli(['run', 'deepseek-shock', '--format', 'csv', ...SHORT]);
    expect(code).toBe(0);
    expect(err).toBe('');
    const scenario = shortScenario();
    const result = jevons(scenario);
    expect(out).toBe(publishCsv({ scenario, run: result.scenario, baseline: result.base, bands: null }));
    const lines = out.split('\n');
    expect(lines.slice(0, 7)).toEqual([
      '[scenario]',
      'name,The DeepSeek shock',
      'preset,deepseek-shock',
      'vintage,2025-02-28',
      'demand curve,constant',
      'monte carlo,not available',
      '',
    ]);
    expect(lines).toContain('horizonMonths,Horizon after January 2025,12,months,72,yes');
    const series = lines.indexOf('[series]');
    expect(lines[series + 1]).toMatch(/^month \(YYYY-MM\),tokensDemanded \(tokens\/month\),/);
    expect(lines[series + 1]).toContain(',baseline_capex (USD/month),');
    expect(lines[series + 2]).toMatch(/^2023-01,/);
    expect(lines.at(-2)).toMatch(/^2025-12,/);
  });

  it('--lang zh gives the parameters’ labels in Chinese; ids, units and headers stay as they are', async () => {
    const en = (await cli(['run', 'deepseek-shock', '--format', 'csv', ...SHORT])).out.split('\n');
    const zh = (await cli(['run', 'deepseek-shock', '--format', 'csv', '--lang', 'zh', ...SHORT])).out.split(
      '\n',
    );
    const label = parameterById.horizonMonths.label;
    expect(label.zh).not.toBe(label.en);
    expect(zh).toContain(`horizonMonths,${label.zh},12,months,72,yes`);
    expect(en).toContain(`horizonMonths,${label.en},12,months,72,yes`);
    expect(zh.length).toBe(en.length);
    const series = en.indexOf('[series]');
    expect(zh.slice(series)).toEqual(en.slice(series));
  });

  it('matches the golden file a person can review', async () => {
    const { out } = await cli(['run', 'deepseek-shock', '--format', 'csv', ...SHORT]);
    const text = reviewable(out);
    if (process.env.UPDATE_GOLDEN === '1') {
      writeFileSync(GOLDEN, text);
      return;
    }
    const golden = readFileSync(GOLDEN, 'utf8');
    if (text !== golden) writeFileSync(GOLDEN.replace(/\.csv$/, '-changed.csv'), text);
    expect(text, `${GOLDEN} changed: see the -changed.csv beside it`).toBe(golden);
  });

  it('--samples adds the Monte Carlo bands, the same as the library’s monteCarlo on one thread', async () => {
    const argv = ['run', 'deepseek-shock', '--format', 'csv', '--samples', '24', '--seed', '3', ...SHORT];
    const { code, out, err } = await cli([...argv, '--threads', '2']);
    expect(code).toBe(0);
    expect(err).toBe('');
    const scenario = shortScenario();
    const result = jevons(scenario);
    const mc = monteCarlo(scenario, { samples: 24, seed: 3 });
    const bands = { months: mc.months, quantiles: mc.quantiles, samples: 24, seed: 3 };
    expect(out).toBe(publishCsv({ scenario, run: result.scenario, baseline: result.base, bands }));
    const lines = out.split('\n');
    expect(lines).toContain('monte carlo,"24 samples, seed 3"');
    const header = cells(lines[lines.indexOf('[series]') + 1]);
    for (const id of SERIES_IDS)
      for (const k of QUANTILE_KEYS) expect(header).toContain(`${id} ${k} (${SERIES_UNITS[id]})`);
    // Every month of the run has its bands, in order p5 ≤ … ≤ p95.
    const capex = QUANTILE_KEYS.map((k) => header.indexOf(`capex ${k} (USD/month)`));
    for (const line of lines.slice(lines.indexOf('[series]') + 2, -1)) {
      const values = capex.map((i) => Number(cells(line)[i]));
      expect(values.every(Number.isFinite), line.slice(0, 8)).toBe(true);
      expect([...values].sort((a, b) => a - b)).toEqual(values);
    }
  });

  it.each([
    [['--samples', '10'], /--samples adds Monte Carlo bands to --format csv; .*jevons mc/],
    [['--format', 'json', '--seed', '2'], /--seed adds Monte Carlo bands to --format csv/],
    [['--format', 'csv', '--seed', '2'], /--seed goes with --samples N/],
    [['--format', 'csv', '--samples', '0'], /samples: must be an integer from 1/],
    [['--format', 'csv', '--samples', '0x10'], /--samples must be a whole number written in decimal digits/],
  ])('refuses band options it cannot honour: %j', async (flags, message) => {
    const { code, out, err } = await cli(['run', 'deepseek-shock', ...flags, ...SHORT]);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toMatch(message);
  });
});
