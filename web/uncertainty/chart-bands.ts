import type { ChartBands } from '../app/chart-models';
import { fanBands } from '../charts/fan-bands';
import type { Lang } from '../i18n/i18n';
import type { McResult } from './mc-protocol';
import { mcText } from './mc-text';

/**
 * Fan bands for the app's time charts from a Monte Carlo result: price, tokens, GPU-hours (the
 * total of inference and training, banded as its own sum), GPU spend per calendar year (the
 * spend chart's bars) and revenue. Band arrays are the result's own typed arrays (no copies).
 */
export function chartBands(result: McResult, lang: Lang): ChartBands {
  const labels = { outer: mcText(lang, 'outer'), inner: mcText(lang, 'inner') };
  const q = result.quantiles;
  return {
    price: fanBands('price', q.price, labels),
    tokens: fanBands('tokens', q.tokens, labels),
    fleet: fanBands('gpuHours', result.derived.gpuHours, labels),
    spend: fanBands('gpuSpend', result.derived.gpuSpendByYear.bands, labels),
    revenue: fanBands('revenue', q.revenue, labels),
  };
}
