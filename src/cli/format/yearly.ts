import { quantity } from '../../format/quantity';
import type { SimulationResult } from '../../model/types';
import { renderTable } from './table';

/**
 * One row per calendar year of the run: flows (tokens, GPU-hours, spend, capex, revenue) summed,
 * the average price weighted by tokens served, the fleet at the year's end, peak shortage.
 */
export function yearlyTable(result: SimulationResult): string {
  const s = result.series;
  const years = new Map<string, number[]>();
  result.months.forEach((month, t) => {
    const year = month.slice(0, 4);
    const list = years.get(year) ?? [];
    list.push(t);
    years.set(year, list);
  });
  const rows: string[][] = [];
  for (const [year, ts] of years) {
    const sum = (values: Float64Array) => ts.reduce((acc, t) => acc + values[t], 0);
    const served = sum(s.tokensServed);
    const revenue = sum(s.revenue);
    const avgPrice = served > 0 ? (revenue * 1e6) / served : s.price[ts[0]];
    const last = ts[ts.length - 1];
    rows.push([
      ts.length < 12 ? `${year} (${ts.length} mo)` : year,
      quantity(avgPrice, 'USD/Mtok'),
      quantity(sum(s.tokens), 'tok'),
      quantity(sum(s.inferenceGpuHours) + sum(s.trainingGpuHours), 'GPU-h'),
      quantity(s.fleetGpus[last], 'GPUs'),
      quantity(Math.max(...ts.map((t) => s.shortageShare[t])), 'share'),
      quantity(sum(s.gpuSpend), 'USD'),
      quantity(sum(s.capex), 'USD'),
      quantity(revenue, 'USD'),
    ]);
  }
  return renderTable(
    [
      { header: 'year' },
      { header: 'avg price', align: 'right' },
      { header: 'tokens demanded', align: 'right' },
      { header: 'GPU-hours needed', align: 'right' },
      { header: 'fleet (end)', align: 'right' },
      { header: 'peak unserved', align: 'right' },
      { header: 'GPU spend', align: 'right' },
      { header: 'capex', align: 'right' },
      { header: 'revenue', align: 'right' },
    ],
    rows,
  );
}
