import { TIERS } from '../../models/tiers';
import type { TimeChartSpec, TimeSeriesSpec } from '../charts/chart-spec';
import { pick, t } from '../i18n/i18n';
import { valueAxis } from './chart-axes';
import { aligned, type ChartInputs, dashed, line, monthlyFrame, TOTAL_COLOR, tierColor } from './chart-parts';

function tierLabel(id: string, lang: ChartInputs['lang']): string {
  const tier = TIERS.find((x) => x.id === id);
  return tier ? pick(tier.label, lang) : id;
}

/**
 * List price of each tier (USD per million tokens, blended 3:1 input:output) and the average price
 * actually paid (revenue / tokens served), on a log axis; the baseline's price paid dashed.
 */
export function priceChart(inputs: ChartInputs): TimeChartSpec {
  const { run, baseline, lang } = inputs;
  const L = (key: Parameters<typeof t>[1]) => t(lang, key);
  const tiers: TimeSeriesSpec[] = run.tiers.map((id, i) =>
    line(
      `listPrice-${id}`,
      t(lang, 'series.listPrice', { tier: tierLabel(id, lang) }),
      run.listPriceByTier[id],
      tierColor(i),
    ),
  );
  const paid = L('series.pricePaid');
  return {
    ...monthlyFrame('price', 'chart.price', 'chart.priceCaption', inputs),
    y: valueAxis(L('axis.price'), 'USD/Mtok', 'log', lang),
    series: [
      ...tiers,
      line('pricePaid', paid, run.series.pricePaid, TOTAL_COLOR),
      dashed('pricePaid', paid, aligned(run, baseline, baseline.series.pricePaid), TOTAL_COLOR, lang),
    ],
  };
}

/** Tokens served per month in each tier and in all, on a log axis; the baseline's total dashed. */
export function tokensChart(inputs: ChartInputs): TimeChartSpec {
  const { run, baseline, lang } = inputs;
  const tiers: TimeSeriesSpec[] = run.tiers.map((id, i) =>
    line(`tokens-${id}`, tierLabel(id, lang), run.tokensByTier[id], tierColor(i)),
  );
  const served = t(lang, 'series.tokensServed');
  return {
    ...monthlyFrame('tokens', 'chart.tokens', 'chart.tokensCaption', inputs),
    y: valueAxis(t(lang, 'axis.tokens'), 'tokens/month', 'log', lang),
    series: [
      ...tiers,
      line('tokensServed', served, run.series.tokensServed, TOTAL_COLOR),
      dashed('tokensServed', served, aligned(run, baseline, baseline.series.tokensServed), TOTAL_COLOR, lang),
    ],
  };
}
