// Sources for the market price elasticity of task demand: the articles' qualitative Jevons claims
// and the external evidence for a number.
import type { Source } from '../schema';
import { ASSUMED, noted } from './article-source';
import { ALTMAN_THREE_OBSERVATIONS } from './external-prices';
import {
  FOUQUET_PEARSON_LIGHTING,
  NBER_MARKET_FOR_INTELLIGENCE,
  REBOUND_DEFINITION,
  TSAO_LIGHT_SPENDING,
} from './external-economics';
import { Q000_INFERENCE_DEMAND, Q000_JEVONS, Q000_QUESTION } from './quotes-000';
import { Q001_GPU_DEMAND } from './quotes-001';
import { Q003_KASS_JEVONS, Q003_MORE_INFERENCE } from './quotes-003';
import { Q004_PAJJURI } from './quotes-004';

export const elasticitySources: Source[] = [
  {
    ...Q000_QUESTION,
    note: 'The question the simulator answers; in the model the answer turns on whether the elasticity exceeds the break-even elasticity the Jevons panel reports.',
  },
  { ...Q004_PAJJURI, note: 'Raymond James asks the same question of hardware and semiconductor demand.' },
  {
    ...Q000_JEVONS,
    note: '000 (吴可凡, Guotai Fund) asserts backfire: in the classic experiment (textbook preset) that means η·s_c > 1, an elasticity above 1/computeCostShare.',
  },
  { ...Q000_INFERENCE_DEMAND, note: 'Qualitative: cheaper models raise inference compute demand.' },
  {
    ...Q003_KASS_JEVONS,
    note: 'Kass (ex-OpenAI) states the Jevons case outright: spending rises while unit cost falls, i.e. an elasticity above 1.',
  },
  { ...Q003_MORE_INFERENCE, note: 'UBS: total AI compute spending keeps growing, through inference demand.' },
  {
    ...Q001_GPU_DEMAND,
    note: '001 holds both views: more start-ups raise GPU demand, but cheaper training makes long-run demand uncertain.',
  },
  REBOUND_DEFINITION,
  {
    ...FOUQUET_PEARSON_LIGHTING,
    note: 'The classic Jevons case reached −1.7 while light was young and expensive; a young technology is where AI is now. The jevons-bull preset uses 1.4.',
  },
  { ...TSAO_LIGHT_SPENDING, note: 'Over the long run, light was roughly unit elastic (η ≈ 1).' },
  {
    ...ALTMAN_THREE_OBSERVATIONS,
    note: '“lower prices lead to much more use”: qualitative support for η near or above 1.',
  },
  noted(
    NBER_MARKET_FOR_INTELLIGENCE,
    'The only direct LLM estimate, −1.11, but for switching between providers of one model, which overstates the elasticity of total demand.',
  ),
  {
    kind: 'assumption',
    ref: 'Default 1.0',
    date: ASSUMED,
    note: 'Unit elasticity: spending on light stayed ~0.72% of GDP for 300 years (Tsao et al.), while lighting’s −1.7 in its early decades shows more is possible for a young technology (the jevons-bull preset). Version 2 applies η to tasks and the quality-adjusted price index Π, not to tokens. In the classic experiment (one tier, elastic compute supply) the rebound is η·s_c, so with computeCostShare 0.8 the break-even is 1/0.8 = 1.25 and η = 1 is a partial rebound; whether the full DeepSeek shock backfires then turns on the quality and competition levers and on the rental price, which is why the default sits at the neutral value rather than on either side of the articles’ argument.',
  },
  {
    kind: 'assumption',
    ref: 'Uncertainty',
    date: ASSUMED,
    note: 'Uncertainty: triangular 0.5 … 1.0 … 2.0. The low end is the kind of inelastic demand the bear case (UBS: lower capex at Amazon, Google, Meta) implies; the high end is beyond lighting’s peak −1.7, because early LLM use is expanding into tasks that were unaffordable.',
  },
];
