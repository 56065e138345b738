import type { ArticleId } from './schema';

/** One seed article: where it came from and where it stands on GPU demand. */
export interface ArticleInfo {
  id: ArticleId;
  /** Headline as printed in the seed file; for articles printed without one, a description in the article's language. */
  title: string;
  /** False when the seed has no headline and `title` is ours. */
  titlePrinted: boolean;
  titleEn: string;
  publisher: string;
  author?: string;
  /** ISO date of publication (or of the events reported, when the seed prints no date; see dateNote). */
  date: string;
  dateNote?: string;
  script: 'simplified' | 'traditional';
  /** One line: its stance on GPU demand after DeepSeek. */
  stanceEn: string;
}

/** The five seed articles in shared/seeds/, by file stem. */
export const articles: Record<ArticleId, ArticleInfo> = {
  '000_5de3f9a88975fe44': {
    id: '000_5de3f9a88975fe44',
    title: 'DeepSeek对于AI算力究竟是利好还是利空?',
    titlePrinted: false,
    titleEn: 'Is DeepSeek good or bad news for AI compute?',
    publisher: '国泰基金 (Guotai Fund Management)',
    author: '吴可凡 (Wu Kefan), fund manager',
    date: '2025-02-05',
    dateNote:
      'No date printed; written after the 2025 Spring Festival, with hashtags about the first trading day of the Year of the Snake (2025-02-05).',
    script: 'simplified',
    stanceEn:
      'Bullish on compute: cheap models spread AI applications and, by the Jevons paradox, raise total (inference) compute demand.',
  },
  '001_cd0bd4336ad8b4a5': {
    id: '001_cd0bd4336ad8b4a5',
    title: 'DeepSeek的革命與顛覆:對美國市場估值的擔憂',
    titlePrinted: true,
    titleEn: 'DeepSeek’s revolution and disruption: concerns about US market valuations',
    publisher: 'Not named in the seed (an investment-commentary page, code a20280128e)',
    date: '2025-01-28',
    script: 'traditional',
    stanceEn:
      'Cautious: cheaper models may attract start-ups and GPU demand, but far cheaper training makes long-run GPU demand and high GPU growth uncertain.',
  },
  '002_a9600e04050fe6c4': {
    id: '002_a9600e04050fe6c4',
    title: 'DeepSeek重创英伟达“算力信仰”,OpenAI匆忙接招!新华出海TMT指数涨4.5%',
    titlePrinted: true,
    titleEn:
      'DeepSeek deals a heavy blow to Nvidia’s “faith in compute”, OpenAI hurries to respond; Xinhua Going-Global TMT index up 4.5%',
    publisher: '新华财经 (Xinhua Finance)',
    author: '谈瑞、周子涵 (Tan Rui, Zhou Zihan)',
    date: '2025-02-07',
    script: 'simplified',
    stanceEn:
      'Leans bearish on the “faith in compute”: algorithmic efficiency questions hyperscaler capex, while applications and Chinese AI stocks gain.',
  },
  '003_9df524cb6bf9a5c4': {
    id: '003_9df524cb6bf9a5c4',
    title: 'DeepSeek擾動(dòng)全球AI交易,高盛、瑞銀、大摩怎么看?',
    titlePrinted: true,
    titleEn: 'DeepSeek shakes the global AI trade: what do Goldman Sachs, UBS and Morgan Stanley think?',
    publisher: '第一财经 (Yicai)',
    author: '周艾琳 (Zhou Ailin)',
    date: '2025-02-11',
    script: 'traditional',
    stanceEn:
      'Mixed: UBS sees possibly lower capex at Amazon, Google and Meta, yet expects inference demand to keep compute spending growing; Kass invokes the Jevons paradox.',
  },
  '004_0cb6bd25cc8254ab': {
    id: '004_0cb6bd25cc8254ab',
    title: 'DeepSeek-R1冲击上游AI硬件:英伟达等芯片股盘前大跌',
    titlePrinted: false,
    titleEn: 'DeepSeek-R1 shakes upstream AI hardware: Nvidia and other chip stocks fall pre-market',
    publisher: '读特 / 深圳特区报社 (Dute, Shenzhen Special Zone Daily)',
    author: '编辑 张克 (editor Zhang Ke)',
    date: '2025-01-27',
    dateNote:
      'No date printed; it reports US pre-market trading “截至发稿时” on the day of the sell-off, 2025-01-27.',
    script: 'simplified',
    stanceEn:
      'Two-sided: Wall Street questions the need for so many Nvidia chips, while JPMorgan’s Meyers and Li Bojie argue more compute and cards still win.',
  },
};
