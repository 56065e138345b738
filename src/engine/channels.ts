/**
 * The channels through which the DeepSeek shock reaches compute, as switches on one run. A channel
 * that is off takes its path from the base run (no shock), so every counterfactual of the verdict
 * and of the decomposition is the same engine with a different set of switches:
 *
 * - base        = no channel: the world without the shock;
 * - mechanical  = efficiency + investment: the engineering saving (base tasks, tier shares, prices
 *                 and rental price; the fleet is bought for what the leaner tokens need);
 * - scenario    = every channel: the market's full answer.
 */
export const CHANNEL = {
  /** Compute per token and per training run fall (the efficiency lever). */
  efficiency: 1,
  /** Lower compute cost passes into list prices, demand answers with η; training re-spends its saving (ρ). */
  passThrough: 2,
  /** Tier shares answer relative quality-adjusted prices with σ; the quality lever lifts the commodity tier. */
  substitution: 4,
  /** Incumbents cut markups (the competition lever). */
  competition: 8,
  /** The rental price clears the compute market each month instead of following the base path. */
  capacityPrice: 16,
  /** Orders follow this run's demand and profitability instead of the base run's. */
  investment: 32,
} as const;

/** Bit j of a channel set is CHANNEL_IDS[j], so the numbers 0…63 enumerate every subset. */
export type ChannelId = keyof typeof CHANNEL;
export const CHANNEL_IDS = Object.keys(CHANNEL) as ChannelId[];
export const ALL_CHANNELS = 63;
export const NO_CHANNELS = 0;
export const MECHANICAL_CHANNELS = CHANNEL.efficiency | CHANNEL.investment;

export const RUN_MODES = ['scenario', 'base', 'mechanical'] as const;
export type RunMode = (typeof RUN_MODES)[number];

export function channelsOf(mode: RunMode): number {
  if (mode === 'base') return NO_CHANNELS;
  if (mode === 'mechanical') return MECHANICAL_CHANNELS;
  return ALL_CHANNELS;
}
