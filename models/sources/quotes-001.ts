// Verbatim sentences from seeds/001_cd0bd4336ad8b4a5.txt, sliced from the file (never retyped), with a
// faithful English rendering. test/models/quotes.test.ts checks each is an exact substring.
import { articles } from '../articles';
import type { ArticleSource } from './article-source';

/** What every quote from this article shares: kind, seed file and the article's publication date. */
const FROM_001 = {
  kind: 'article',
  ref: '001_cd0bd4336ad8b4a5',
  date: articles['001_cd0bd4336ad8b4a5'].date,
} as const;

export const Q001_GPU_HOURS: ArticleSource = {
  ...FROM_001,
  quote:
    'DeepSeek V3 模型總訓練時間為 278.8 萬 GPU 小時,相當於在 2,048 個 H800 GPU 叢集上進行 2 個月的訓練。',
  quoteEn:
    "The DeepSeek V3 model's total training time was 2.788 million GPU-hours, equivalent to 2 months of training on a cluster of 2,048 H800 GPUs.",
};

export const Q001_TRAINING_COST: ArticleSource = {
  ...FROM_001,
  quote: '總培訓費用僅558萬美元。',
  quoteEn: 'The total training cost was only 5.58 million US dollars.',
};

export const Q001_LLAMA3: ArticleSource = {
  ...FROM_001,
  quote:
    '相較之下,Meta 的 Llama3 模型需要 3,930 萬小時的 H100 GPU 訓練時間,這使得 DeepSeek V3 的訓練成本僅為 Llama3 的 7%。',
  quoteEn:
    "By comparison, Meta's Llama3 model needed 39.3 million H100 GPU-hours of training, which puts DeepSeek V3's training cost at only 7% of Llama3's.",
};

export const Q001_RELEASES: ArticleSource = {
  ...FROM_001,
  quote: 'DeepSeek 已發布多個AI 模型,包括2024 年12 月的DeepSeek-V3 和2025 年1 月20 日的DeepSeek-R1。',
  quoteEn:
    'DeepSeek has released several AI models, including DeepSeek-V3 in December 2024 and DeepSeek-R1 on 20 January 2025.',
};

export const Q001_SELLOFF: ArticleSource = {
  ...FROM_001,
  quote: '2025年1月20日DeepSeek推出R1模型後,美國資本市場受到震動,導致AI主題股票大幅下跌。',
  quoteEn:
    'After DeepSeek launched its R1 model on 20 January 2025, US capital markets were shaken and AI-themed stocks fell sharply.',
};

export const Q001_TRUMP: ArticleSource = {
  ...FROM_001,
  quote: '「更便宜的模式對人工智慧產業是有利的」',
  quoteEn: '"cheaper models are good for the AI industry"',
};

export const Q001_PRICE: ArticleSource = {
  ...FROM_001,
  quote:
    '例如,GPT-4o AI 模型的輸出成本約為每百萬代幣 15.00 美元,而 DeepSeek 模型的成本約為每百萬代幣 0.28 美元——不到 OpenAI 成本的 2%。',
  quoteEn:
    "For example, the GPT-4o AI model's output costs about 15.00 US dollars per million tokens, while the DeepSeek model costs about 0.28 US dollars per million tokens, less than 2% of OpenAI's cost.",
};

export const Q001_MIGRATE: ArticleSource = {
  ...FROM_001,
  quote: '因此,據多位網路評論人士稱,許多 AI 開發人員正計劃遷移到 DeepSeek。',
  quoteEn:
    'Hence, according to several online commentators, many AI developers are planning to migrate to DeepSeek.',
};

export const Q001_PARAMS_TABLE: ArticleSource = {
  ...FROM_001,
  quote: 'Parameters671 billionOver 200 billion',
  quoteEn:
    'Parameters: DeepSeek R1 671 billion; OpenAI GPT-4o over 200 billion (table row, source given as Perplexity.AI).',
};

export const Q001_GPU_DEMAND: ArticleSource = {
  ...FROM_001,
  quote:
    '低成本的DeepSeek模式預計將吸引更多的AI新創企業,進而增加GPU的需求。然而,由於訓練時間和成本大幅減少,對 GPU 的長期需求可能存在不確定性。',
  quoteEn:
    'The low-cost DeepSeek model is expected to attract more AI start-ups and so increase demand for GPUs. However, because training time and cost have fallen sharply, long-term GPU demand may be uncertain.',
};

export const Q001_NVDA_REVENUE: ArticleSource = {
  ...FROM_001,
  quote:
    '目前市場普遍預期,英偉達 2026 財年和 2027 財年的營收將分別為 44.5 億美元和 56.1 億美元,年增 51% 和 26%。',
  quoteEn:
    "The market currently expects Nvidia's revenue for fiscal 2026 and fiscal 2027 to be 4.45 billion and 5.61 billion US dollars respectively, up 51% and 26% year on year.",
};

export const Q001_GPU_VISIBILITY: ArticleSource = {
  ...FROM_001,
  quote: 'GPU 高成長的可見度已變得不確定。',
  quoteEn: 'The visibility of high GPU growth has become uncertain.',
};

export const Q001_SPX: ArticleSource = {
  ...FROM_001,
  quote: '目前,標準普爾 500 指數的本益比為 22 倍,預計將年增 13%。',
  quoteEn:
    "At present the S&P 500's price-earnings ratio is 22 times, with earnings expected to grow 13% year on year.",
};
