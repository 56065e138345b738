// Users, tokens and the economics of demand and diffusion, from outside the seed articles, each
// with its publication date. Sources published after the Feb-2025 vintage are context only.
import { type ExternalSource, contextNote } from './article-source';

export const CHATGPT_100M_USERS: ExternalSource = {
  kind: 'external',
  ref: 'Reuters, "ChatGPT sets record for fastest-growing user base" (UBS study of Similarweb data)',
  date: '2023-02-01',
  quote:
    'ChatGPT reached an estimated 100 million monthly active users in January 2023, two months after launch; about 13 million unique visitors a day',
};

export const CHATGPT_WEEKLY_USERS: ExternalSource = {
  kind: 'external',
  ref: 'OpenAI statements on ChatGPT use (in-sample-2023-2025.md)',
  date: '2025-02-20',
  quote: '300M weekly users and 1B messages a day (2024-12-04); 400M weekly users (2025-02-20)',
};

export const DOUBAO_TOKENS: ExternalSource = {
  kind: 'external',
  ref: 'ByteDance Volcano Engine FORCE conference (in-sample-2023-2025.md)',
  date: '2024-12-18',
  quote: 'Doubao’s average daily token use above 4 trillion, ~33× since its May 2024 launch',
};

export const BICK_ADOPTION: ExternalSource = {
  kind: 'external',
  ref: 'Bick, Blandin & Deming, "The Rapid Adoption of Generative AI" (NBER / St. Louis Fed)',
  date: '2024-09',
  quote:
    "39.4% of US adults had used generative AI two years after ChatGPT's launch; PCs and the internet took 2–3 years to reach 20%",
};

export const OPENAI_O1_REASONING: ExternalSource = {
  kind: 'external',
  ref: 'OpenAI, "Learning to reason with LLMs" (o1)',
  date: '2024-09-12',
  quote:
    'o1 thinks before it answers, producing a long internal chain of thought; its performance improves with more time spent thinking (test-time compute). Reasoning tokens are billed as output tokens.',
};

export const GOOGLE_TOKENS: ExternalSource = {
  kind: 'external',
  ref: 'Google I/O 2025 keynote',
  date: '2025-05-20',
  quote: '9.7 trillion tokens a month across Google’s products in May 2024 (480 trillion a year later)',
  contextOnly: true,
  note: contextNote('2025-05-20', 'A later statement of a figure from before the cutoff (hindsight).'),
};

export const EPOCH_RESPONSE_LENGTH: ExternalSource = {
  kind: 'external',
  ref: 'Epoch AI, "LLM responses to benchmark questions are getting longer over time"',
  date: '2025-04-17',
  quote:
    'reasoning models use ~8× more output tokens than non-reasoning ones; reasoning output length grows ~5×/yr vs ~2.2×/yr',
  contextOnly: true,
  note: contextNote('2025-04-17'),
};

export const R1_MODEL_CARD_TOKENS: ExternalSource = {
  kind: 'external',
  ref: 'DeepSeek-R1 model card (R1-0528 update)',
  date: '2025-05-28',
  quote: '~12K tokens per AIME question (R1), 23K (R1-0528)',
  contextOnly: true,
  note: contextNote('2025-05-28'),
};

export const ANTHROPIC_MULTI_AGENT: ExternalSource = {
  kind: 'external',
  ref: 'Anthropic Engineering, "How we built our multi-agent research system"',
  date: '2025-06-13',
  quote: 'agents use ~4× the tokens of chat; multi-agent systems ~15×',
  contextOnly: true,
  note: contextNote('2025-06-13'),
};

export const BASS_DIFFUSION: ExternalSource = {
  kind: 'external',
  ref: 'Bass, "A New Product Growth for Model Consumer Durables", Management Science 15(5)',
  date: '1969',
  quote:
    'adoption F follows dF/dt = (p + q·F)(1 − F): p, the coefficient of innovation, brings adopters independently of others; q, the coefficient of imitation, through those who have already adopted',
};

export const SULTAN_BASS_META: ExternalSource = {
  kind: 'external',
  ref: 'Sultan, Farley & Lehmann, "A Meta-Analysis of Applications of Diffusion Models", Journal of Marketing Research 27(1)',
  date: '1990',
  quote:
    'average coefficients across published applications: innovation p ≈ 0.03 and imitation q ≈ 0.38 per year',
};
