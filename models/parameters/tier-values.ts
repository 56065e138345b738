// Default values of the per-tier parameters, one row per tier, each with its sources. The tiers
// describe January 2023, the history start; prices are blended 3 input : 1 output.
import type { TierField, TierId } from '../tiers';
import { commodityValues } from './tier-values-commodity';
import { frontierValues } from './tier-values-frontier';
import { mainstreamValues } from './tier-values-mainstream';
import type { TierValue } from './tiers';

export const tierValues: Record<TierId, Record<TierField, TierValue>> = {
  frontier: frontierValues,
  mainstream: mainstreamValues,
  commodity: commodityValues,
};
