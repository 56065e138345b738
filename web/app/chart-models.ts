import type { BandSpec, TimeChartSpec } from '../charts/chart-spec';
import { capexChart } from './capex-chart-model';
import type { ChartInputs } from './chart-parts';
import { computeChart, fleetChart, marketChart, revenueChart } from './market-charts';
import { priceChart, tokensChart } from './tier-charts';

/** The time charts, in the order the page shows them. */
const TIME_CHART_IDS = ['price', 'tokens', 'compute', 'market', 'fleet', 'revenue', 'capex'] as const;
type TimeChartId = (typeof TIME_CHART_IDS)[number];

/** Monte Carlo bands per chart, supplied by the uncertainty module when it has run. */
export type ChartBands = Partial<Record<TimeChartId, readonly BandSpec[]>>;

const BUILDERS: Record<TimeChartId, (inputs: ChartInputs) => TimeChartSpec> = {
  price: priceChart,
  tokens: tokensChart,
  compute: computeChart,
  market: marketChart,
  fleet: fleetChart,
  capex: capexChart,
  revenue: revenueChart,
};

/**
 * Chart specs for one run: plain data, no DOM. The scenario's series are solid, the baseline (the
 * run without the DeepSeek shock, or the chosen preset or saved scenario) dashed, the shock month a
 * vertical rule; Monte Carlo bands go around the series they name.
 */
export function timeChartSpecs(inputs: ChartInputs, bands: ChartBands = {}): TimeChartSpec[] {
  return TIME_CHART_IDS.map((id) => {
    const spec = BUILDERS[id](inputs);
    const extra = bands[id];
    return extra && extra.length > 0 ? { ...spec, bands: extra } : spec;
  });
}
