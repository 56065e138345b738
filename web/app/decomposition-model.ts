import { CHANNEL_IDS, type ChannelId } from '../../src/engine/channels';
import type { Basis, Decomposition } from '../../src/model/types';
import { BASIS_WORDS } from '../../src/report/verdict-text';
import type { WaterfallSpec } from '../charts/waterfall-vm';
import { formatNumber, formatValue } from '../i18n/format';
import { type Lang, type MessageKey, t } from '../i18n/i18n';
import { unitLabel } from '../i18n/units';

const CHANNEL_WORDS: Record<ChannelId, MessageKey> = {
  efficiency: 'channel.efficiency',
  passThrough: 'channel.passThrough',
  substitution: 'channel.substitution',
  competition: 'channel.competition',
  capacityPrice: 'channel.capacityPrice',
  investment: 'channel.investment',
};

/**
 * A change with its sign and unit: "+1.2B H100e-hours", "−$40B"; a rounding residue (below a
 * millionth of the largest figure) is 0, not "−4×10⁻⁵".
 */
function signed(value: number, unit: string, lang: Lang, scale: number): string {
  if (!Number.isFinite(value)) return '—';
  if (Math.abs(value) < scale * 1e-6) return formatValue(0, unit, lang);
  const body = formatValue(Math.abs(value), unit, lang);
  return value > 0 ? `+${body}` : value < 0 ? `−${body}` : body;
}

/**
 * The waterfall of why the total moved on one basis: the shock's channels in the engine's order
 * (efficiency, pass-through price, substitution, competition, capacity price, investment), each a
 * Shapley share of scenario − base over the run after the shock, adding up to the total.
 */
export function decompositionSpec(
  decomposition: readonly Decomposition[],
  basis: Basis,
  lang: Lang,
): WaterfallSpec | null {
  const d = decomposition.find((x) => x.basis === basis);
  if (!d) return null;
  const what = BASIS_WORDS[lang][basis];
  const scale = Math.max(Math.abs(d.total), ...CHANNEL_IDS.map((id) => Math.abs(d.effects[id])));
  return {
    id: 'decomposition',
    title: t(lang, 'decomposition.title', { basis: what }),
    axisLabel: `${t(lang, 'decomposition.axis')}${unitLabel(d.unit, lang)}`,
    steps: CHANNEL_IDS.map((id) => ({ id, label: t(lang, CHANNEL_WORDS[id]), value: d.effects[id] })),
    total: { label: t(lang, 'decomposition.total'), value: d.total },
    format: (v) => formatNumber(v, lang, 2),
    formatChange: (v) => signed(v, d.unit, lang, scale),
    // Money keeps its "$" (it is short); other units are in the axis title.
    formatRowValue: (v) => signed(v, d.unit === 'USD' ? d.unit : '', lang, scale),
    labels: {
      noData: t(lang, 'chart.noData'),
      increase: t(lang, 'decomposition.increase'),
      decrease: t(lang, 'decomposition.decrease'),
      total: t(lang, 'decomposition.total'),
      summary: t(lang, 'decomposition.summary', { basis: what }),
    },
    caption: t(lang, 'decomposition.caption', { months: d.horizonMonths }),
  };
}
