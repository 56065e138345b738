import type { ChartBands } from '../app/chart-models';
import { fanBands } from '../charts/fan-bands';
import type { Lang } from '../i18n/i18n';
import type { McResult } from './mc-protocol';
import { mcText } from './mc-text';

/**
 * Fan bands for the app's time charts from a Monte Carlo result. Band arrays are the result's own
 * typed arrays (no copies).
 *
 * Which series get a band is a matter of reading: a band is part of its axis's domain, so on a
 * linear axis a p95 far above the line would flatten the line. Price and tokens sit on log axes
 * (their p95 is 100–100,000 × the line in 2032 with the default uncertainties, which a log axis
 * shows well). GPU spend per year (bars, linear) has p95 ≈ 2.6 × the line: banded. In the fleet
 * chart the band goes on the capacity the fleet can serve (p95 ≈ 2.2 ×), not on GPU-hours needed
 * (p95 ≈ 70,000 × — unserved demand, shown as shortage); revenue (p95 ≈ 50 ×) gets none.
 * Those bands are still in the result (`derived.gpuHours`, `quantiles.revenue`) for the CLI and JSON.
 */
export function chartBands(result: McResult, lang: Lang): ChartBands {
  const labels = { outer: mcText(lang, 'outer'), inner: mcText(lang, 'inner') };
  const q = result.quantiles;
  return {
    price: fanBands('price', q.price, labels),
    tokens: fanBands('tokens', q.tokens, labels),
    fleet: fanBands('capacityGpuHours', q.capacityGpuHours, labels),
    spend: fanBands('gpuSpend', result.derived.gpuSpendByYear.bands, labels),
  };
}
