import type { ChartBands } from '../app/chart-models';
import { fanBands } from '../charts/fan-bands';
import type { Lang } from '../i18n/i18n';
import type { McResult } from './mc-protocol';
import { mcText } from './mc-text';

/**
 * Fan bands for the app's time charts from a Monte Carlo result. Band arrays are the result's own
 * typed arrays (no copies), one value per month from 2023-01, like the charts' x axes.
 *
 * Which series get a band is a matter of reading: a band is part of its axis's domain, so a p95
 * far above the line would flatten it. The price paid and the tokens served sit on log axes; the
 * rental price and the fleet on linear ones, where their spread reads well. The tier lines, the
 * stacked capex bars and revenue get none (their bands stay in the result: `tierQuantiles`,
 * `byYear.bands.capex`, `quantiles.revenue`).
 */
export function chartBands(result: McResult, lang: Lang): ChartBands {
  const labels = { outer: mcText(lang, 'outer'), inner: mcText(lang, 'inner') };
  const q = result.quantiles;
  return {
    price: fanBands('pricePaid', q.pricePaid, labels),
    tokens: fanBands('tokensServed', q.tokensServed, labels),
    market: fanBands('rentalPrice', q.rentalPrice, labels),
    fleet: fanBands('fleetH100e', q.fleetH100e, labels),
  };
}
