// Sources for the price elasticity of token demand: the articles' qualitative Jevons claims and
// the external evidence for a number.
import type { Source } from '../schema';
import {
  ALTMAN_THREE_OBSERVATIONS,
  FOUQUET_PEARSON_LIGHTING,
  NBER_MARKET_FOR_INTELLIGENCE,
  REBOUND_DEFINITION,
  TSAO_LIGHT_SPENDING,
} from './external';
import { Q000_INFERENCE_DEMAND, Q000_JEVONS, Q000_QUESTION } from './quotes-000';
import { Q001_GPU_DEMAND } from './quotes-001';
import { Q003_KASS_JEVONS, Q003_MORE_INFERENCE } from './quotes-003';
import { Q004_PAJJURI } from './quotes-004';

export const elasticitySources: Source[] = [
  {
    ...Q000_QUESTION,
    note: 'The question the simulator answers; in the model the answer turns on whether elasticity exceeds the break-even elasticity.',
  },
  { ...Q004_PAJJURI, note: 'Raymond James asks the same question of hardware and semiconductor demand.' },
  {
    ...Q000_JEVONS,
    note: '000 (吴可凡, Guotai Fund) asserts backfire, which in this model means elasticity > 1 for the constant-elasticity curve (more precisely: above the break-even elasticity the Jevons panel reports).',
  },
  { ...Q000_INFERENCE_DEMAND, note: 'Qualitative: cheaper models raise inference compute demand.' },
  {
    ...Q003_KASS_JEVONS,
    note: 'Kass (ex-OpenAI) states the Jevons case outright: spending rises while unit cost falls, i.e. elasticity above 1.',
  },
  { ...Q003_MORE_INFERENCE, note: 'UBS: total AI compute spending keeps growing, through inference demand.' },
  {
    ...Q001_GPU_DEMAND,
    note: '001 holds both views: more start-ups raise GPU demand, but cheaper training makes long-run demand uncertain.',
  },
  REBOUND_DEFINITION,
  {
    ...NBER_MARKET_FOR_INTELLIGENCE,
    note: 'The only direct LLM estimate, −1.11, but for switching between providers of one model, which overstates the elasticity of total demand; used as a sign that values near 1 are plausible, not as the market elasticity.',
  },
  {
    ...FOUQUET_PEARSON_LIGHTING,
    note: 'The classic Jevons case reached −1.7 while light was young and expensive; a young technology is where AI tokens are now. The jevons-bull preset uses 1.6.',
  },
  { ...TSAO_LIGHT_SPENDING, note: 'Over the long run, light was roughly unit elastic (ε ≈ 1).' },
  {
    ...ALTMAN_THREE_OBSERVATIONS,
    note: '“lower prices lead to much more use”: qualitative support for ε near or above 1.',
  },
  {
    kind: 'assumption',
    ref: 'Default 1.0',
    note: 'Unit elasticity: spending on light stayed ~0.72% of GDP for 300 years (Tsao et al.), the NBER provider-level estimate is −1.11, and lighting’s −1.7 in its early decades shows more is possible for a young technology (the jevons-bull preset). 1.0 is also what keeps the default world in balance: with tokens per task growing 1.5×/yr, demanded GPU-hours without the shock grow about 1.9–2.2× a year, close to the fleet’s 2×/yr cap (see the calibration source); 1.2 would make them grow ~3.7× a year and leave most demand unserved by 2027. With the default compute and price ratios the closed-form break-even for a full switch is ln(0.185)/ln(0.0366) ≈ 0.51, so ε = 1 is still a Jevons case; the verdict is sensitive to ε below 1, which the efficiency-bear preset explores.',
  },
  {
    kind: 'assumption',
    ref: 'Uncertainty',
    note: 'Uncertainty: triangular 0.5 … 1.0 … 2.0. The low end is the kind of inelastic demand the bear case (UBS: lower capex at Amazon, Google, Meta) implies; the high end is beyond lighting’s peak −1.7, because early LLM use is expanding into tasks that were unaffordable.',
  },
];
