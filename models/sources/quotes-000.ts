// Verbatim sentences from seeds/000_5de3f9a88975fe44.txt, sliced from the file (never retyped), with a
// faithful English rendering. test/models/quotes.test.ts checks each is an exact substring.
import { articles } from '../articles';
import type { ArticleSource } from './article-source';

/** What every quote from this article shares: kind, seed file and the article's publication date. */
const FROM_000 = {
  kind: 'article',
  ref: '000_5de3f9a88975fe44',
  date: articles['000_5de3f9a88975fe44'].date,
} as const;

export const Q000_QUESTION: ArticleSource = {
  ...FROM_000,
  quote: 'DeepSeek对于AI算力究竟是利好还是利空?',
  quoteEn: 'Is DeepSeek good news or bad news for AI compute?',
};

export const Q000_TRAINING_COST: ArticleSource = {
  ...FROM_000,
  quote: '558万美元的训练成本远低于GPT-4的7800万美元。',
  quoteEn: "a training cost of 5.58 million US dollars, far below GPT-4's 78 million US dollars.",
};

export const Q000_COMPUTE_SAVING: ArticleSource = {
  ...FROM_000,
  quote:
    '然而,DeepSeek证明了通过算法的设计可以实现一定程度的算力节约。因此,近期美股龙头算力公司股价也出现了波动。',
  quoteEn:
    'DeepSeek showed that algorithm design can save a certain amount of compute. Hence the recent swings in the share prices of the leading US compute companies.',
};

export const Q000_OUTAGE: ArticleSource = {
  ...FROM_000,
  quote: '如果大家尝试过DeepSeek-R1,会发现模型偶尔出现宕机的情况,这其实也反应了算力需求的不足。',
  quoteEn:
    'If you have tried DeepSeek-R1, you will have found that the model occasionally goes down, which in fact reflects a shortage of compute to meet demand.',
};

export const Q000_FOUNDER_CARDS: ArticleSource = {
  ...FROM_000,
  quote: '最担心的还是能否顺畅买到顶尖的算力卡。',
  quoteEn: 'what worries him most is still whether he can smoothly buy top-end compute cards.',
};

export const Q000_INFERENCE_DEMAND: ArticleSource = {
  ...FROM_000,
  quote: '此外,低成本的大模型会推动AI应用的繁荣,同时会大幅增加推理侧算力需求。',
  quoteEn:
    'Moreover, low-cost large models will drive a boom in AI applications and at the same time greatly increase inference-side compute demand.',
};

export const Q000_JEVONS: ArticleSource = {
  ...FROM_000,
  quote:
    '在经济学上,使用效率提升带来更多总需求的现象,被称为杰文斯悖论。例如,在第一次工业革命中,蒸汽机用煤效率的提升反而增加了市场总耗煤量。',
  quoteEn:
    "In economics, the phenomenon in which higher efficiency of use brings more total demand is called the Jevons paradox. For example, in the first industrial revolution, the steam engine's more efficient use of coal instead increased the market's total coal consumption.",
};

export const Q000_SMALL_MODELS: ArticleSource = {
  ...FROM_000,
  quote:
    '未来,低成本使得小模型具备推理能力成为可能,有利于开发者进行更多的应用创新与落地,进而推动算力总需求增加。',
  quoteEn:
    'In future, low cost makes it possible for small models to have reasoning ability, which helps developers build and deploy more applications and in turn drives up total compute demand.',
};

export const Q000_LOW_COST_TOP_PERFORMANCE: ArticleSource = {
  ...FROM_000,
  quote:
    'DeepSeek之所以引发这么大的关注,简而言之,是因为DeepSeek-R1模型用很低的成本,实现了全球领先大模型的性能,而且还是开源的。',
  quoteEn:
    'In short, DeepSeek drew so much attention because the DeepSeek-R1 model reached the performance of the world’s leading large models at a very low cost, and it is open source too.',
};

export const Q000_V3_BEATS_O1: ArticleSource = {
  ...FROM_000,
  quote: '例如,DeepSeek V3在AIME 2024、MATH-500数学问题集的测试结果均超过了OpenAI-o1。',
  quoteEn:
    'For example, DeepSeek V3’s results on the AIME 2024 and MATH-500 problem sets both exceeded OpenAI-o1’s.',
};
