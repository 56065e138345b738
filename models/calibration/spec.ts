/**
 * What the calibration fits, and the prior each fitted parameter is pulled towards: the value set
 * by hand from the sources before the fit (their reasoning stays in the parameter's sources). The
 * behavioural parameters the observations cannot identify (ε, σ, the training rebound, Bass p and q)
 * are not fitted: they stay on their literature values.
 */
import type { ParamId } from '../schema';

export interface FitDimension {
  /** A name for the dimension; the parameter's id when it moves one parameter. */
  id: string;
  /**
   * The parameters it moves together, each from its prior (the hand-set value in its catalogue
   * file, `ParameterDef.prior`), by one common factor (log) or shift (linear).
   */
  params: readonly ParamId[];
  scale: 'log' | 'linear';
  /** How far the prior lets it move: the standard deviation of ln(value/prior) (log) or of value − prior (linear). */
  priorSd: number;
  /** Why it is fitted, in a sentence. */
  why: string;
}

export const FIT_DIMENSIONS: readonly FitDimension[] = [
  {
    id: 'tokensPerMonth',
    params: ['tokensPerMonth'],
    scale: 'log',
    priorSd: 1.5,
    why: 'No one counted the world’s tokens in January 2023; the December-2024 counts and revenue pin the level.',
  },
  {
    id: 'inferenceUtilization',
    params: ['inferenceUtilization'],
    scale: 'log',
    priorSd: 1.5,
    why: 'Compute per token in service, provisioning for peaks and idle replicas included: what inference cost (OpenAI’s server bill) says, not what a benchmark’s utilisation says.',
  },
  {
    id: 'paidShares',
    params: ['frontierPaidShare', 'mainstreamPaidShare', 'commodityPaidShare'],
    scale: 'log',
    priorSd: 0.7,
    why: 'Revenue is the only observation of how many tokens are paid for; the three shares move together.',
  },
  {
    id: 'frontierListPrice',
    params: ['frontierListPrice'],
    scale: 'log',
    priorSd: 0.3,
    why: 'The frontier tier’s price path 2023–24.',
  },
  {
    id: 'mainstreamListPrice',
    params: ['mainstreamListPrice'],
    scale: 'log',
    priorSd: 0.7,
    why: 'The mainstream tier’s price path 2023–24: gpt-3.5-turbo, then Claude 3.5 Sonnet and GPT-4o.',
  },
  {
    id: 'commodityListPrice',
    params: ['commodityListPrice'],
    scale: 'log',
    priorSd: 1,
    why: 'No commodity-tier price was published for January 2023; the 2024 prices of the small models pin it.',
  },
  {
    id: 'algorithmicGainPerYear',
    params: ['algorithmicGainPerYear'],
    scale: 'log',
    priorSd: 0.3,
    why: 'How fast compute per token fell within a tier shows in how fast the tiers’ prices fell.',
  },
  {
    id: 'gpuCapexPerGpu',
    params: ['gpuCapexPerGpu'],
    scale: 'log',
    priorSd: 0.2,
    why: 'Chip spend over H100e delivered: NVIDIA’s revenue against the fleet’s growth.',
  },
  {
    id: 'supplyCeilingStart',
    params: ['supplyCeilingStart'],
    scale: 'log',
    priorSd: 1,
    why: 'How many H100e the industry could deliver a month in 2023: NVIDIA’s revenue and the rental price in the shortage.',
  },
  {
    id: 'supplyCeilingGrowthPerYear',
    params: ['supplyCeilingGrowthPerYear'],
    scale: 'log',
    priorSd: 0.3,
    why: 'How fast deliveries could grow: NVIDIA’s revenue from fiscal 2024 to the last quarter of fiscal 2025.',
  },
  {
    id: 'initialUtilization',
    params: ['initialUtilization'],
    scale: 'linear',
    priorSd: 0.05,
    why: 'How tight the market was in January 2023 sets the fleet then and the rental price in the 2023 shortage.',
  },
  {
    id: 'trainingGpuHoursPerMonth',
    params: ['trainingGpuHoursPerMonth'],
    scale: 'log',
    priorSd: 1,
    why: 'Training and other AI work that does not serve tokens fill the rest of the fleet.',
  },
  {
    id: 'trainingGrowthPerYear',
    params: ['trainingGrowthPerYear'],
    scale: 'log',
    priorSd: 0.25,
    why: 'How fast that budget grew shows in the fleet and in NVIDIA’s revenue.',
  },
];
