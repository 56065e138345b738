// Sources for the two price parameters whose evidence disagrees most: the yearly price decline and
// the challenger's price ratio. Kept apart from parameters/price.ts so each file stays readable.
import type { Source } from '../schema';
import {
  A16Z_LLMFLATION,
  ALTMAN_THREE_OBSERVATIONS,
  EPOCH_PRICE_DECLINE,
  GUNDLACH_PRICE_OF_PROGRESS,
  NORDHAUS_COMPUTING,
} from './external';
import { Q001_PRICE } from './quotes-001';
import { Q002_API_PRICES, Q002_ONE_THIRTIETH } from './quotes-002';
import { Q003_DEFLATION, Q003_KASS_PRICE_HISTORY, Q003_PRICE_COMPARISON } from './quotes-003';
import { Q004_PRICE_AND_COST } from './quotes-004';

/** R1's blended price in USD/Mtok, 3:1 input:output, from 002's list prices. */
const R1_BLENDED_ARITHMETIC = '(3 × 0.55 + 1 × 2.19) / 4 = (1.65 + 2.19) / 4 = 3.84 / 4 = 0.96 USD/Mtok';

export const priceDeclineSources: Source[] = [
  {
    ...Q003_KASS_PRICE_HISTORY,
    note: 'The default is read from this sentence. The two prices are for different models (the first OpenAI API model at 60 USD/M and “GPT4” at 2 USD/M), and a16z dates the 60 USD/M GPT-3 price to Nov 2021, so the span may be closer to 3 years than 2 (30^(1/3) ≈ 3.1×/yr).',
  },
  {
    kind: 'derived',
    ref: 'Kass: 60 → 2 USD/Mtok in 2 years',
    arithmetic:
      '(60 / 2)^(1/2) = √30 ≈ 5.48 ≈ 5.5 × per year, from 003’s “首個模型價格為每100萬token60美元,而現在GPT4只有2美元,而這種降本僅花了2年”.',
    note: 'Chosen as default because it is the articles’ own figure and it is close to the fall in serving cost, algorithmicGainPerYear × hardwareGainPerYear = 3 × 1.4 = 4.2×/yr, so margins do not have to collapse for the price path to hold over five years.',
  },
  { ...Q003_DEFLATION, note: 'Qualitative support: V3 was already pushing compute prices down before R1.' },
  A16Z_LLMFLATION,
  ALTMAN_THREE_OBSERVATIONS,
  {
    ...EPOCH_PRICE_DECLINE,
    note: 'Epoch’s 40×/yr is for one task (GPT-4-level PhD science); the 9–900× range shows how task-dependent the decline is. The epoch-fast-decline preset uses 40.',
  },
  {
    ...GUNDLACH_PRICE_OF_PROGRESS,
    note: '5–10×/yr per task at fixed performance brackets the default; the rising cost of running the frontier model is carried separately by tokensPerTaskGrowthPerYear.',
  },
  {
    ...NORDHAUS_COMPUTING,
    note: 'For comparison: computing in general fell 1.2–1.8×/yr, far slower than LLM prices.',
  },
  {
    kind: 'assumption',
    ref: 'Uncertainty',
    note: 'Uncertainty: lognormal, median 5.5, σ = 0.6 in ln units: the central 90% runs from 2.0 to 15×/yr, covering Kass (5.5), a16z and Altman (10) and Gundlach’s 5–10; Epoch’s 40× for one task lies in the far upper tail (3.3σ) because it measures a single benchmark.',
  },
];

export const challengerPriceRatioSources: Source[] = [
  Q002_API_PRICES,
  {
    ...Q004_PRICE_AND_COST,
    note: 'Qualitative: a sharply lower selling price is one of the reasons R1 drew attention.',
  },
  {
    kind: 'derived',
    ref: 'R1 blended / o1 blended',
    arithmetic: `R1: ${R1_BLENDED_ARITHMETIC}; o1: (3 × 15 + 60) / 4 = 26.25 USD/Mtok; ratio 0.96 / 26.25 = 0.0366 ≈ 1/27.3.`,
    note: 'Both prices from 002, blended the same way as pricePerMTok.',
  },
  {
    ...Q002_ONE_THIRTIETH,
    note: '002 rounds to 1/30; each component gives 1/27: 0.55 / 15 = 0.0367 and 2.19 / 60 = 0.0365.',
  },
  {
    ...Q001_PRICE,
    note: '0.28 / 15.00 = 0.0187 (1/54). Compares output prices only, of a different pair (GPT-4o vs an unnamed DeepSeek model; 0.28 USD/M is not R1’s 2.19 output price from 002; it is probably DeepSeek-V3’s output price at the time, a figure not in facts.md). Used as the lower end of the uncertainty range.',
  },
  {
    ...Q003_PRICE_COMPARISON,
    note: '1.4 US cents = 0.014 USD per million tokens against Meta’s 2.8 USD gives 0.005 = 1/200. This contradicts 002’s R1 list price of 0.55/2.19 USD per million (1.4 cents is ~1/157 of 2.19); it may be a cache-hit input price rather than an output price. Not used for the default; the “cost ~1/50 of OpenAI” is a cost, not a price, ratio.',
  },
  {
    kind: 'assumption',
    ref: 'Uncertainty',
    note: 'Uncertainty: triangular 0.0187 … 0.0366 … 0.1. Low end: 001’s output-price comparison (0.28 vs 15); high end: the gap narrows to ~1/10 once promotional prices end and incumbents ship cheaper tiers. 003’s 1/200 is left out as inconsistent with the list prices.',
  },
];
