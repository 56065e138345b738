import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { presets } from '../../models/index';
import { jevons } from '../../src/engine/jevons';
import { type JevonsResult, SERIES_UNITS, type SeriesId } from '../../src/model/types';
import { scenarioFromPreset } from '../../src/scenario/from-preset';

// Golden files a person can review: per preset, a yearly table of the scenario run, the verdict at
// every horizon and basis, the break-even elasticities, the decomposition and the warnings, numbers
// to 4 significant digits so that a last-bit difference passes while any real change of the model
// shows as a changed line. On a mismatch the new text is written beside the golden as
// <preset>-changed.txt (git-ignored) for review; `UPDATE_GOLDEN=1 npx vitest run --project unit
// test/engine/golden.test.ts` accepts it.

const DIR = fileURLToPath(new URL('../golden/', import.meta.url));
/** A decomposition figure below this share of its basis's totals is rounding residue, shown as 0. */
const RESIDUE = 1e-9;

/** Flows summed over the year; stocks and prices at December. */
const YEARLY: { id: SeriesId; how: 'sum' | 'december' }[] = [
  { id: 'tokensServed', how: 'sum' },
  { id: 'pricePaid', how: 'december' },
  { id: 'rentalPrice', how: 'december' },
  { id: 'utilization', how: 'december' },
  { id: 'fleetH100e', how: 'december' },
  { id: 'gpuPrice', how: 'december' },
  { id: 'servedHours', how: 'sum' },
  { id: 'deliveries', how: 'sum' },
  { id: 'capex', how: 'sum' },
  { id: 'computeValue', how: 'sum' },
  { id: 'revenue', how: 'sum' },
  { id: 'shortageShare', how: 'december' },
];

function num(x: number | null): string {
  if (x === null) return '—';
  if (!Number.isFinite(x)) return String(x);
  return x === 0 ? '0' : x.toPrecision(4);
}

function goldenText(id: string, r: JevonsResult): string {
  const s = r.scenario;
  const lines = [`# ${id}`, '', '## Yearly (scenario run; flows summed, stocks and prices at December)', ''];
  lines.push(
    ['year', ...YEARLY.map((c) => `${c.id} [${SERIES_UNITS[c.id]}${c.how === 'sum' ? ' ×12' : ''}]`)].join(
      ' | ',
    ),
  );
  for (let start = 0; start < s.months.length; start += 12) {
    const end = Math.min(start + 12, s.months.length) - 1;
    const cells = YEARLY.map(({ id: series, how }) => {
      const values = s.series[series];
      if (how === 'december') return num(values[end]);
      let sum = 0;
      for (let t = start; t <= end; t++) sum += values[t];
      return num(sum);
    });
    lines.push([s.months[start].slice(0, 4), ...cells].join(' | '));
  }
  lines.push(
    '',
    '## Verdicts (months from the shock × basis)',
    '',
    'months | basis | rebound | verdict | change vs base',
  );
  for (const v of r.verdicts) {
    const verdict = v.reasonCode ? `${v.verdict} (${v.reasonCode})` : v.verdict;
    lines.push([v.horizonMonths, v.basis, num(v.value), verdict, num(v.changeVsBase)].join(' | '));
  }
  lines.push('', '## Break-even elasticity', '');
  for (const [basis, b] of Object.entries(r.breakEvenElasticity))
    lines.push(`${basis}: ${num(b.value)}${b.reason ? ` (${b.reason})` : ''}`);
  lines.push('', '## Decomposition of the change (Shapley), at the run’s end', '');
  for (const d of r.decomposition) {
    // A Shapley effect is a sum of ±64 run totals: a channel that does nothing shows as the rounding
    // of those totals (say −4e-5 H100e-hours beside 1e12), which any last-bit change in the engine
    // moves. Below a billionth of the largest figure behind it (the basis's totals, or the other
    // effects when counterfactual runs reach far beyond them) it is rounding, and reads 0. The
    // total is scenario − base, rounding only against those two.
    const verdict = r.verdicts.find((v) => v.basis === d.basis && v.horizonMonths === d.horizonMonths);
    const runs = verdict ? Math.max(Math.abs(verdict.base), Math.abs(verdict.scenario)) : 0;
    const effects = Math.max(runs, ...Object.values(d.effects).map(Math.abs));
    const shown = (v: number, scale: number): string => num(Math.abs(v) < RESIDUE * scale ? 0 : v);
    lines.push(
      `${d.basis} [${d.unit}]: total ${shown(d.total, runs)} = ${Object.entries(d.effects)
        .map(([k, v]) => `${k} ${shown(v, effects)}`)
        .join(', ')}`,
    );
  }
  lines.push(
    '',
    '## Warnings',
    '',
    ...(r.warnings.length
      ? r.warnings.map((w) => `${w.id} from ${w.month}: ${num(w.value)} ${w.unit}`)
      : ['none']),
    '',
  );
  return lines.join('\n');
}

describe('golden yearly tables per preset', () => {
  for (const preset of presets) {
    it(`preset ${preset.id}`, { timeout: 120_000 }, () => {
      const text = goldenText(preset.id, jevons(scenarioFromPreset(preset.id)));
      const path = `${DIR}${preset.id}.txt`;
      const changed = `${DIR}${preset.id}-changed.txt`;
      if (process.env.UPDATE_GOLDEN || !existsSync(path)) {
        if (!process.env.UPDATE_GOLDEN && process.env.CI) throw new Error(`missing golden file ${path}`);
        writeFileSync(path, text);
        return;
      }
      const expected = readFileSync(path, 'utf8');
      if (expected !== text) writeFileSync(changed, text);
      expect(text).toBe(expected);
    });
  }
});
