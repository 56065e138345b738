// Arithmetic shared by several parameters: how their defaults fit together at the history start
// (January 2023). test/models/calibration.test.ts redoes each sum from the catalogue's values.
import type { DerivedSource } from './article-source';

/** H100e-hours per million tokens of the frontier model at the start, from three compute defaults. */
export const FRONTIER_HOURS_PER_MTOK: DerivedSource = {
  kind: 'derived',
  ref: 'Frontier H100e-hours per million tokens at the start',
  date: '2025-01-28',
  arithmetic:
    'flopsPerToken × 1e6 / (gpuPeakFlops × inferenceUtilization × 3600 s) = 4e11 × 1e6 / (989e12 × 0.2 × 3600) = 4e17 / 7.1208e17 = 0.562 H100e-hours per Mtok. With the tiers’ token shares (0.05, 0.75, 0.20) and compute ratios (1, 0.15, 0.03): 0.05 + 0.1125 + 0.006 = 0.1685 of the frontier’s, 0.0947 H100e-hours per Mtok on average.',
};

/** The user cost of an H100e at the defaults, set beside the ~$2 an hour the articles and the market quote. */
export const USER_COST_CHECK: DerivedSource = {
  kind: 'derived',
  ref: 'User cost of an H100e-hour at the defaults',
  date: '2025-02-06',
  arithmetic:
    'gpuCapexPerGpu × (costOfCapital + 1 / gpuLifetimeYears) = 30,000 × (0.10 + 0.20) = 9,000 USD per H100e a year; over 8,766 h × fleetUtilization 0.7 = 6,136 rented hours, 1.47 USD per rented H100e-hour of capital; with the rentalPriceFloor of 0.5 for power and operations, ≈ 1.97 USD: the $2 per GPU-hour behind DeepSeek-V3’s $5.576M (001, 002, the V3 report) and the ~$2 market rental of late 2024.',
  note: 'A check of size, not the engine’s formula: how floor, user cost and scarcity premium combine into the rental price is set in src/engine.',
};

/** The fleet the defaults imply in January 2023, set beside Epoch's count of installed compute. */
export const START_FLEET_CHECK: DerivedSource = {
  kind: 'derived',
  ref: 'Fleet at the start implied by the defaults',
  date: '2025-02-13',
  arithmetic:
    'Inference: tokensPerMonth 5e12 = 5e6 Mtok × 0.0947 H100e-hours per Mtok = 4.7e5 H100e-hours a month; training: trainingGpuHoursPerMonth 2e8. Fleet = (4.7e5 + 2e8) / (730.5 h × initialUtilization 0.85) = 2.005e8 / 620.9 = 3.2e5 H100e in January 2023. Epoch AI (2025-02-13): ~4M H100e of Nvidia compute in early 2025, growing 2.3× a year, so ~4M / 2.3² ≈ 0.76M two years earlier, for all AI work (recommendation and vision included, which this model leaves out).',
  note: 'At these defaults inference is ~0.2% of the compute demanded in January 2023: the token count (5e12, from ChatGPT’s first months) is small beside the training budget. The calibration to 2023–24 observations may move both levels.',
};
