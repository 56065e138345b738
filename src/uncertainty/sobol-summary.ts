/**
 * What a Sobol analysis says about interactions, as data the CLI and the app put into words (in
 * English and Chinese): how much of the output's variance no parameter explains alone, and which
 * parameters take part in it.
 */
import type { SobolFactorIndices, SobolOutput } from './sobol';

/** A factor "interacts" when ST − S is at least this share of the variance (and clear of the noise). */
const INTERACTION_THRESHOLD = 0.02;
/** The interaction share is "clear" when its 95 % interval is at most this wide. */
const CLEAR_WIDTH = 0.4;

export interface InteractionSummary {
  /** 1 − Σ S: the share of the variance in interactions (0 … 1, clamped; estimates can overshoot). */
  share: number;
  /** Its 95 % interval, from the interval of Σ S. */
  low: number;
  high: number;
  /** False when that interval is too wide to say how much interacts (a small design, a long-tailed output). */
  clear: boolean;
  /** Factors with ST − S ≥ INTERACTION_THRESHOLD whose total-order interval lies above their first-order estimate, largest first (at most 4). */
  interacting: SobolFactorIndices[];
  /** The factor with the largest total-order index (what matters most, alone or together). */
  leading: SobolFactorIndices | null;
}

const clamp01 = (v: number) => Math.min(1, Math.max(0, v));

export function interactionSummary(output: SobolOutput): InteractionSummary {
  const interacting = output.factors
    .filter((f) => f.interaction >= INTERACTION_THRESHOLD && f.total.low > f.first.value)
    .sort((a, b) => b.interaction - a.interaction)
    .slice(0, 4);
  return {
    share: clamp01(1 - output.sumFirst.value),
    low: clamp01(1 - output.sumFirst.high),
    high: clamp01(1 - output.sumFirst.low),
    clear: clamp01(1 - output.sumFirst.low) - clamp01(1 - output.sumFirst.high) <= CLEAR_WIDTH,
    interacting,
    leading: output.factors[0] ?? null,
  };
}
