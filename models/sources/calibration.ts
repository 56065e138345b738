// The start-of-2025 calibration shared by tokensPerMonth and trainingGpuHoursPerMonth: both are
// sized so that the fleet the model needs at month 0 matches Epoch AI's count of installed GPUs.
import type { DerivedSource } from './article-source';

const FLEET_ARITHMETIC =
  'Fleet GPU-hours per month at start: 4.7e6 H100-equivalents (Epoch, end 2024) × 730 h × fleetUtilization 0.7 = 2.4017e9 GPU-hours/month; inference share 1/2 (Deloitte, [uncertain]) → 1.2008e9 GPU-hours/month for inference and 1.2008e9 for training.';

export const FLEET_CALIBRATION: DerivedSource = {
  kind: 'derived',
  ref: 'Start fleet = Epoch’s installed H100-equivalents',
  arithmetic: FLEET_ARITHMETIC,
  note: 'The inference/training split is second-hand (Deloitte via facts.md) and the fleet count covers Nvidia shipments only (no TPUs or other accelerators), so both tokensPerMonth and trainingGpuHoursPerMonth carry that uncertainty.',
};

export const TOKENS_CALIBRATION: DerivedSource = {
  kind: 'derived',
  ref: 'Start tokens served by half the fleet',
  arithmetic: `${FLEET_ARITHMETIC} GPU-hours per token = flopsPerToken / (gpuPeakFlops × inferenceUtilization × 3600 s) = 4e11 / (989e12 × 0.2 × 3600) = 4e11 / 7.1208e17 = 5.617e-7 GPU-hours/token (0.56 GPU-hours per Mtok). Tokens per month = 1.2008e9 / 5.617e-7 = 2.138e15 ≈ 2.14e15 tokens/month (~71 trillion tokens a day).`,
  note: 'Check: 2.14e15 × 5.617e-7 + 1.2e9 = 2.402e9 GPU-hours/month → 2.402e9 / (730 × 0.7) = 4.70M GPUs needed at month 0, Epoch’s count. All tokens are costed at the incumbent’s FLOP per token (challenger share is 0 at the start).',
};
