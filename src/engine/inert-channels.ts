import { shockIndex, totalMonths } from './calendar';
import { CHANNEL } from './channels';
import type { ModelInputs } from './model-inputs';

/**
 * The channels of `subset` that can change a run of these inputs: a channel that cannot is dropped,
 * so that the decomposition runs each distinct counterfactual once. Switching a dropped channel on
 * or off gives the same run, bit for bit (test/engine/inert-channels.test.ts):
 *
 * - capacity price and investment, where supply is elastic (scarcity exponent 0): the rental is the
 *   user cost and the fleet what demand needs, whatever the switches say;
 * - investment, where no order placed from the shock on is delivered before the run ends;
 * - the efficiency lever, where it saves nothing (no efficient tokens or no gain per token, and no
 *   training gain), and the competition lever where incumbents do not answer (response 0): their
 *   factors are exactly 1;
 * - cost pass-through, where neither the efficiency lever nor the capacity price is on: the tokens'
 *   compute per token and the rental price are the base run's, so the marginal cost passed on is
 *   the base run's, which is what pass-through switched off follows.
 *
 * (The substitution channel is both the quality lever and the tiers' answer to prices, and stays.)
 */
export function effectiveChannels(inputs: ModelInputs, subset: number): number {
  const p = inputs.p;
  let on = subset;
  if (p.scarcityExponent === 0) on &= ~(CHANNEL.capacityPrice | CHANNEL.investment);
  const lead = Math.max(1, p.leadTimeMonths);
  if (shockIndex(p.shockMonth) + lead >= totalMonths(p.horizonMonths)) on &= ~CHANNEL.investment;
  const savesNothing =
    (p.challengerShareMax === 0 || p.challengerFlopsRatio === 1) &&
    (p.trainingEfficiencyAdoption === 0 || p.trainingEfficiencyRatio === 1);
  if (savesNothing) on &= ~CHANNEL.efficiency;
  if (p.incumbentResponse === 0) on &= ~CHANNEL.competition;
  if ((on & (CHANNEL.efficiency | CHANNEL.capacityPrice)) === 0) on &= ~CHANNEL.passThrough;
  return on;
}
