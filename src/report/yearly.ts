import type { SimulationResult } from '../model/types';

/** One calendar year of a run: flows summed, prices and utilisation weighted, stocks at the year's end. */
export interface YearRow {
  year: string;
  /** Months of the run in this year (12 except at a partial end). */
  months: number;
  /** tokens */
  tokensServed: number;
  /** USD/Mtok: revenue / tokens served (free tokens count, at zero). */
  pricePaid: number;
  /** USD/H100e-hour: compute value / served hours. */
  rentalPrice: number;
  /** share: served hours / capacity hours. */
  utilization: number;
  /** H100e at the year's last month. */
  fleetH100e: number;
  /** H100e-hours */
  servedHours: number;
  /** H100e ordered and delivered. */
  orders: number;
  deliveries: number;
  /**
   * USD/H100e: what the year's orders were priced at (list × scarcity premium), weighted by the
   * orders — the price that turns deliveries into chip capex.
   */
  gpuPrice: number;
  /** USD */
  computeValue: number;
  capex: number;
  revenue: number;
  /** Largest monthly share of demanded compute left unserved. */
  peakShortage: number;
}

/** Units of the YearRow fields, for table headers and exports. */
export const YEAR_ROW_UNITS: Record<Exclude<keyof YearRow, 'year' | 'months'>, string> = {
  tokensServed: 'tokens',
  pricePaid: 'USD/Mtok',
  rentalPrice: 'USD/H100e-hour',
  utilization: 'share',
  fleetH100e: 'H100e',
  servedHours: 'H100e-hours',
  orders: 'H100e',
  deliveries: 'H100e',
  gpuPrice: 'USD/H100e',
  computeValue: 'USD',
  capex: 'USD',
  revenue: 'USD',
  peakShortage: 'share',
};

const ratio = (a: number, b: number) => (b > 0 ? a / b : 0);

/** The run by calendar year, from 2023. */
export function yearlyRows(run: SimulationResult): YearRow[] {
  const s = run.series;
  const rows: YearRow[] = [];
  let start = 0;
  while (start < run.months.length) {
    const year = run.months[start].slice(0, 4);
    let end = start;
    while (end < run.months.length && run.months[end].startsWith(year)) end++;
    const sum = (values: Float64Array) => {
      let total = 0;
      for (let t = start; t < end; t++) total += values[t];
      return total;
    };
    let peak = 0;
    for (let t = start; t < end; t++) peak = Math.max(peak, s.shortageShare[t]);
    const tokens = sum(s.tokensServed);
    const served = sum(s.servedHours);
    const revenue = sum(s.revenue);
    const value = sum(s.computeValue);
    let orderValue = 0;
    let priceSum = 0;
    for (let t = start; t < end; t++) {
      orderValue += s.gpuPrice[t] * s.orders[t];
      priceSum += s.gpuPrice[t];
    }
    const orders = sum(s.orders);
    rows.push({
      year,
      months: end - start,
      tokensServed: tokens,
      pricePaid: ratio(revenue * 1e6, tokens),
      rentalPrice: ratio(value, served),
      utilization: ratio(served, sum(s.capacityHours)),
      fleetH100e: s.fleetH100e[end - 1],
      servedHours: served,
      orders,
      deliveries: sum(s.deliveries),
      // A year with no orders still has a price: the months' plain average.
      gpuPrice: orders > 0 ? orderValue / orders : priceSum / (end - start),
      computeValue: value,
      capex: sum(s.capex),
      revenue,
      peakShortage: peak,
    });
    start = end;
  }
  return rows;
}
