// GPU prices, rental, capex, finance and supply, from outside the seed articles
// (shared/reference/), each with its publication date. [U] figures are marked `uncertain`.
import type { ExternalSource } from './article-source';

export const H100_PRICE: ExternalSource = {
  kind: 'external',
  ref: 'H100 purchase price, second-hand reports (facts.md, in-sample-2023-2025.md)',
  date: '2024',
  quote: 'H100 purchase price ~$25k–40k per GPU',
  uncertain: true,
};

export const GPU_RENTAL_PRICE: ExternalSource = {
  kind: 'external',
  ref: 'Latent Space, "$2 H100s: how the GPU bubble burst"',
  date: '2024-10',
  quote: 'H100 rental ~$8/GPU-hour at the 2023 peak; ~$2 or a little more by late 2024',
  uncertain: true,
};

export const NVIDIA_DC_REVENUE: ExternalSource = {
  kind: 'external',
  ref: 'NVIDIA financial results for fiscal 2025',
  date: '2025-02-26',
  quote: 'data-centre revenue FY2023 $15.0B, FY2024 $47.5B, FY2025 (to 2025-01-26) $115.2B, of it Q4 $35.6B',
};

export const NVIDIA_GROSS_MARGIN: ExternalSource = {
  kind: 'external',
  ref: 'NVIDIA Form 10-K for fiscal 2024 (filed 2024-02-21) and financial results for fiscal 2025',
  date: '2025-02-26',
  quote:
    'GAAP gross margin 56.9% in fiscal 2023 (to January 2023), 72.7% in fiscal 2024, 75.0% in fiscal 2025',
};

export const H100_COST_AND_PRICE: ExternalSource = {
  kind: 'external',
  ref: 'Raymond James estimate reported by Barron’s (Tae Kim), via TechSpot, "Nvidia garners reported 1,000% profit on each H100 GPU"',
  date: '2023-08',
  quote:
    'Nvidia spends around $3,320 to manufacture a single H100 unit, which is then sold to end customers for a price ranging from $25,000 to $30,000',
  uncertain: true,
};

export const H100_STREET_PRICE_2023: ExternalSource = {
  kind: 'external',
  ref: 'Financial Times report on 2023 H100 shipments, via Tom’s Hardware, "Nvidia to sell 550,000 H100 compute GPUs in 2023"',
  date: '2023-08-15',
  quote:
    'each Nvidia H100 80GB add-in-card retails for around $30,000 in the United States; in China the price for a single card can reach up to $70,000',
  uncertain: true,
};

export const BIG_FOUR_CAPEX: ExternalSource = {
  kind: 'external',
  ref: 'Microsoft, Alphabet, Amazon and Meta Q4 2024 reports (in-sample-2023-2025.md)',
  date: '2025-02-06',
  quote:
    '~$150B capex in 2023 and ~$220–245B in 2024; plans for 2025: Microsoft ~$80B (fiscal 2025), Meta $60–65B, Alphabet ~$75B, Amazon ~$100B, ~$320B together',
};

export const MICROSOFT_LONG_LIVED: ExternalSource = {
  kind: 'external',
  ref: 'Microsoft FY2025 Q2 earnings call',
  date: '2025-01-29',
  quote:
    'roughly half of our cloud and AI-related spend continues to be for long-lived assets that will support monetization over the next 15 years and beyond',
};

export const SERVER_USEFUL_LIVES: ExternalSource = {
  kind: 'external',
  ref: 'Microsoft FY2022 results; Amazon Q4 2024 results',
  date: '2025-02-06',
  quote:
    'Microsoft extended the useful life of servers and network equipment from 4 to 6 years (2022-07); Amazon shortened it from 6 to 5 years for a subset of servers, citing the pace of AI technology (2025-02)',
};

export const FED_FUNDS_2023: ExternalSource = {
  kind: 'external',
  ref: 'Federal Reserve, FOMC statement',
  date: '2023-07-26',
  quote: 'target range for the federal funds rate raised to 5¼ to 5½ percent (held until 2024-09)',
};

export const GPU_LEAD_TIMES: ExternalSource = {
  kind: 'external',
  ref: 'H100 delivery lead times, analyst reports in the trade press (UBS via Tom’s Hardware)',
  date: '2024-02',
  quote: 'H100 lead times fell from 8–11 months in 2023 to 3–4 months by early 2024',
  uncertain: true,
};

export const COWOS_CAPACITY: ExternalSource = {
  kind: 'external',
  ref: 'TSMC earnings calls, 2024-01-18 and 2025-01-16',
  date: '2025-01-16',
  quote: 'CoWoS advanced-packaging capacity to double in 2024, and to double again in 2025',
  uncertain: true,
  note: 'Second-hand: management statements as reported; CoWoS packages every Hopper and Blackwell GPU.',
};

export const DATACENTER_BUILD_COST: ExternalSource = {
  kind: 'external',
  ref: 'Data-centre construction cost guides (e.g. Cushman & Wakefield, 2024)',
  date: '2024',
  quote: 'roughly $8–12M per MW of IT load for the building, power and cooling, excluding servers',
  uncertain: true,
};
