import { power } from './engine-math';

/**
 * Training is a budget that grows (USD a month), spent at the rental price. An efficiency gain E ≤ 1
 * (compute for the same run, e.g. DeepSeek-V3's ~7% of Llama 3's GPU-hours, on the share of training
 * that adopts it) is partly re-spent on larger runs: hours = budget / r × E^(1−ρ). ρ = 0 keeps the
 * compute target (the whole saving is saved), ρ = 1 keeps the budget (none is).
 */
export function trainingHours(budget: number, rental: number, factor: number): number {
  return (budget / rental) * factor;
}

/** E^(1−ρ) (or E when the re-spending is switched off): the same for the whole month. */
export function trainingFactor(efficiency: number, reboundExponent: number): number {
  return efficiency === 1 || reboundExponent === 0 ? 1 : power(efficiency, reboundExponent);
}

/** E: the compute a training run needs with the shock, relative to without it. */
export function trainingEfficiency(ratio: number, adoption: number, ramp: number): number {
  return 1 - adoption * (1 - ratio) * ramp;
}
