import type { ChartBands } from '../app/chart-models';
import { fanBands } from '../charts/fan-bands';
import { formatNumber } from '../i18n/format';
import type { Lang } from '../i18n/i18n';
import type { SeriesId } from '../../src/model/types';
import type { BandSelection } from '../../src/uncertainty/band-layout';
import type { QuantileBands } from '../../src/uncertainty/quantiles';
import type { McResult } from './mc-protocol';
import { mcText } from './mc-text';

/**
 * Which series get a band is a matter of reading: a band is part of its axis's domain, so a p95
 * far above the line would flatten it. The price paid and the tokens served sit on log axes; the
 * rental price and the fleet on linear ones, where their spread reads well. The tier lines, the
 * stacked capex bars and revenue get none.
 */
export const BANDED_SERIES = ['pricePaid', 'tokensServed', 'rentalPrice', 'fleetH100e'] as const;

/**
 * The bands the app asks for: the four it draws, and GPU capex, which the CSV export puts beside
 * its series. Bands are the Monte Carlo's cost beside the engine (one histogram per series and
 * month), so the app does not compute the other ~2,300 cells the CLI reports.
 */
export const APP_BANDS: BandSelection = Object.freeze({
  series: [...BANDED_SERIES, 'capex' as const],
  tiers: false,
  yearly: false,
});

/**
 * Fan bands for the app's time charts from a Monte Carlo result. Band arrays are the result's own
 * typed arrays (no copies), one value per month from 2023-01, like the charts' x axes.
 */
export function chartBands(result: McResult, lang: Lang): ChartBands {
  // A quick pass's bands rest on few samples: their labels say so ("First 32 samples; more coming…").
  const note = result.final
    ? ''
    : ` · ${mcText(lang, 'firstPass', { count: formatNumber(result.samples, lang) })}`;
  const labels = { outer: mcText(lang, 'outer') + note, inner: mcText(lang, 'inner') + note };
  const q = result.quantiles;
  const band = (id: SeriesId) => q[id] as QuantileBands;
  return {
    price: fanBands('pricePaid', band('pricePaid'), labels),
    tokens: fanBands('tokensServed', band('tokensServed'), labels),
    market: fanBands('rentalPrice', band('rentalPrice'), labels),
    fleet: fanBands('fleetH100e', band('fleetH100e'), labels),
  };
}
