// Price elasticity and the rebound effect: the economics behind the Jevons question, from outside
// the seed articles (shared/reference/facts.md), each with its publication date.
import { type ExternalSource, contextNote } from './article-source';

export const REBOUND_DEFINITION: ExternalSource = {
  kind: 'external',
  ref: 'Gillingham, Rapson & Wagner, "The Rebound Effect and Energy Efficiency Policy", REEP 10(1)',
  date: '2016',
  quote:
    'RE = (expected saving − actual saving) / expected saving; > 1 is backfire. With constant-elasticity demand the direct rebound equals |ε|, so backfire needs |ε| > 1.',
  note: 'When the resource is only a share s_c of the service’s cost, an efficiency gain lowers the service price by s_c of it, and the direct rebound is η·s_c: this catalogue’s textbook preset.',
};

export const FOUQUET_PEARSON_LIGHTING: ExternalSource = {
  kind: 'external',
  ref: 'Fouquet & Pearson, Economics of Energy & Environmental Policy 1(1)',
  date: '2012',
  quote:
    'UK real price of light fell ~3,000× from 1800 to 2000 while consumption rose ~40,000×; price elasticity rose to about −1.7 between the 1840s and 1890s, then fell',
};

export const TSAO_LIGHT_SPENDING: ExternalSource = {
  kind: 'external',
  ref: 'Tsao et al., J. Phys. D',
  date: '2010',
  quote: 'spending on light stayed ~0.72% of GDP for 300 years, i.e. roughly unit elastic',
};

export const NBER_MARKET_FOR_INTELLIGENCE: ExternalSource = {
  kind: 'external',
  ref: 'NBER working paper, "The Emerging Market for Intelligence: Pricing, Supply, and Demand for LLMs"',
  date: '2026-01',
  quote: 'elasticity −1.11',
  uncertain: true,
  contextOnly: true,
  note: contextNote(
    '2026-01',
    "Measured across providers of the same open model on OpenRouter (provider-level substitution), not the elasticity of the market's total demand.",
  ),
};
