/**
 * The in-sample fit as a Markdown table, for the README (between `<!-- fit-table -->` markers; a
 * test keeps the README's copy equal to this) and for `jevons calibrate --format md`.
 */
import { quantity } from '../format/quantity';
import type { CalibrationResult } from './calibrate';

const cell = (text: string): string => text.replace(/\|/g, '\\|');

function status(r: CalibrationResult['rows'][number]): string {
  if (r.leftOut) {
    if (r.leftOut.startsWith('published after')) return 'no: hindsight, published later';
    const first = r.leftOut.split(/[.:]\s/)[0].replace(/\.$/, '');
    return `no: ${first.charAt(0).toLowerCase()}${first.slice(1)}`;
  }
  if (r.observation.side === 'atLeast') return 'yes: a floor';
  if (r.observation.side === 'atMost') return 'yes: a ceiling';
  return 'yes';
}

export function fitTableMarkdown(c: CalibrationResult): string {
  const lines = [
    '| observation | published | months | observed | model | model ÷ observed | in the fit |',
    '|---|---|---|---|---|---|---|',
  ];
  for (const r of c.rows) {
    const o = r.observation;
    const published = o.sources.map((s) => s.date).sort()[0] ?? '';
    const ratio = Number.isFinite(r.logError) ? `${Math.exp(r.logError).toFixed(2)}×` : '—';
    lines.push(
      `| ${cell(o.id)} | ${published} | ${o.period} | ${cell(quantity(o.value, o.unit))} | ${cell(quantity(r.model, o.unit))} | ${ratio} | ${status(r)} |`,
    );
  }
  const s = c.summary;
  lines.push(
    '',
    `${s.withinTwofold} of ${s.fitted} fitted observations within 2× (a floor or ceiling counts when it holds); geometric-mean error ×${s.geometricMeanError.toFixed(2)} over the two-sided ones. Vintage ${c.asOf}.`,
  );
  return `${lines.join('\n')}\n`;
}
