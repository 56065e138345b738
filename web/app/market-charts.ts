import type { TimeChartSpec } from '../charts/chart-spec';
import { spansAbove } from '../charts/yearly-vm';
import { type MessageKey, t } from '../i18n/i18n';
import { valueAxis } from './chart-axes';
import {
  aligned,
  type ChartInputs,
  dashed,
  line,
  monthlyFrame,
  SECOND_COLOR,
  TOTAL_COLOR,
} from './chart-parts';

/** Shortage share above which a month is shaded: 0.1 % keeps rounding noise out. */
const SHORTAGE_THRESHOLD = 0.001;

/**
 * Compute served each month — inference and training, the verdict's first basis — against the
 * hours the fleet can serve; compute demanded at going prices is drawn thin, as a diagnostic (it
 * includes what went unserved). The baseline's served compute dashed.
 */
export function computeChart(inputs: ChartInputs): TimeChartSpec {
  const { run, baseline, lang } = inputs;
  const L = (key: MessageKey) => t(lang, key);
  const s = run.series;
  const served = L('series.servedHours');
  return {
    ...monthlyFrame('compute', 'chart.compute', 'chart.computeCaption', inputs),
    y: valueAxis(L('axis.computeHours'), 'H100e-hours/month', 'linear', lang, [0]),
    series: [
      line('servedHours', served, s.servedHours, 1, { area: true }),
      line('capacityHours', L('series.capacityHours'), s.capacityHours, SECOND_COLOR),
      line('trainingHours', L('series.trainingHours'), s.trainingHours, 4),
      line('demandedHours', L('series.demandedHours'), s.demandedHours, 6),
      dashed('servedHours', served, aligned(run, baseline, baseline.series.servedHours), 1, lang),
    ],
  };
}

/**
 * The compute market: the rental price that clears it each month against the user cost of capital
 * (where the rental price stands when the fleet runs at its normal utilisation), with utilisation on
 * the right-hand axis; the baseline's rental price dashed.
 */
export function marketChart(inputs: ChartInputs): TimeChartSpec {
  const { run, baseline, lang } = inputs;
  const L = (key: MessageKey) => t(lang, key);
  const s = run.series;
  const rental = L('series.rentalPrice');
  return {
    ...monthlyFrame('market', 'chart.market', 'chart.marketCaption', inputs),
    y: valueAxis(L('axis.rentalPrice'), 'USD/H100e-hour', 'linear', lang, [0]),
    y2: valueAxis(L('axis.utilization'), 'share', 'linear', lang, [0, 1]),
    series: [
      line('rentalPrice', rental, s.rentalPrice, 1),
      line('userCost', L('series.userCost'), s.userCost, SECOND_COLOR),
      line('utilization', L('series.utilization'), s.utilization, TOTAL_COLOR, { axis: 'y2' }),
      dashed('rentalPrice', rental, aligned(run, baseline, baseline.series.rentalPrice), 1, lang),
    ],
  };
}

/**
 * The installed fleet (H100-equivalents) with the orders placed and the deliveries that arrive a
 * lead time later (right-hand axis, per month); months when compute was rationed are shaded.
 */
export function fleetChart(inputs: ChartInputs): TimeChartSpec {
  const { run, baseline, lang } = inputs;
  const L = (key: MessageKey) => t(lang, key);
  const s = run.series;
  const fleet = L('series.fleet');
  return {
    ...monthlyFrame('fleet', 'chart.fleet', 'chart.fleetCaption', inputs),
    y: valueAxis(L('axis.fleet'), 'H100e', 'linear', lang, [0]),
    y2: valueAxis(L('axis.flow'), 'H100e/month', 'linear', lang, [0]),
    series: [
      line('fleetH100e', fleet, s.fleetH100e, 1, { area: true }),
      line('orders', L('series.orders'), s.orders, TOTAL_COLOR, { axis: 'y2' }),
      line('deliveries', L('series.deliveries'), s.deliveries, SECOND_COLOR, { axis: 'y2' }),
      dashed('fleetH100e', fleet, aligned(run, baseline, baseline.series.fleetH100e), 1, lang),
    ],
    shading: spansAbove(run.months, s.shortageShare, SHORTAGE_THRESHOLD, L('chart.shortage')),
  };
}

/**
 * Revenue (what the paid share of tokens earns at list prices) against the value of the compute
 * that serves it (rental price × served hours), on a log axis; the baseline's revenue dashed.
 */
export function revenueChart(inputs: ChartInputs): TimeChartSpec {
  const { run, baseline, lang } = inputs;
  const L = (key: MessageKey) => t(lang, key);
  const revenue = L('series.revenue');
  return {
    ...monthlyFrame('revenue', 'chart.revenue', 'chart.revenueCaption', inputs),
    y: valueAxis(L('axis.perMonth'), 'USD/month', 'log', lang),
    series: [
      line('revenue', revenue, run.series.revenue, 1),
      line('computeValue', L('series.computeValue'), run.series.computeValue, TOTAL_COLOR),
      dashed('revenue', revenue, aligned(run, baseline, baseline.series.revenue), 1, lang),
    ],
  };
}
