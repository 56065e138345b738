// Verbatim sentences from seeds/004_0cb6bd25cc8254ab.txt, sliced from the file (never retyped), with a
// faithful English rendering. test/models/quotes.test.ts checks each is an exact substring.
import { articles } from '../articles';
import type { ArticleSource } from './article-source';

/** What every quote from this article shares: kind, seed file and the article's publication date. */
const FROM_004 = {
  kind: 'article',
  ref: '004_0cb6bd25cc8254ab',
  date: articles['004_0cb6bd25cc8254ab'].date,
} as const;

export const Q004_R1_RELEASE: ArticleSource = {
  ...FROM_004,
  quote: '1月20日,该公司正式发布推理大模型DeepSeek-R1。',
  quoteEn: 'On 20 January the company officially released the reasoning model DeepSeek-R1.',
};

export const Q004_PRICE_AND_COST: ArticleSource = {
  ...FROM_004,
  quote: 'R1就凭借其开源的性质、大幅下降的售价和训练成本获得了广泛关注。',
  quoteEn:
    'R1 attracted wide attention for being open source and for its sharply lower selling price and training cost.',
};

export const Q004_PRETRAINING: ArticleSource = {
  ...FROM_004,
  quote:
    '更令市场惊讶的是,据DeepSeek介绍,R1的预训练费用只有557.6万美元,在2048块英伟达H800 GPU(针对中国市场的低配版GPU)集群上运行55天完成。',
  quoteEn:
    "What surprised the market more is that, according to DeepSeek, R1's pre-training cost was only 5.576 million US dollars, completed in 55 days on a cluster of 2,048 Nvidia H800 GPUs (a cut-down GPU for the Chinese market).",
};

export const Q004_META_GOOGLE_CAPEX: ArticleSource = {
  ...FROM_004,
  quote:
    '例如,Meta预计2024年资本支出为 380亿至400亿美元,而根据此前财报的统计,谷歌的2024年资本支出或超480亿美元。微软和亚马逊也预计2025年资本支出将继续上行。',
  quoteEn:
    "For example, Meta expects 2024 capital expenditure of 38 to 40 billion US dollars, and according to earlier earnings reports Google's 2024 capital expenditure may exceed 48 billion US dollars. Microsoft and Amazon also expect capital expenditure to keep rising in 2025.",
};

export const Q004_META_2025: ArticleSource = {
  ...FROM_004,
  quote:
    'R1发布后不久,Meta首席执行官马克·扎克伯格就宣布,Meta在2025年的资本支出将超600亿美元,加大对AI的投入。',
  quoteEn:
    "Shortly after R1 was released, Meta CEO Mark Zuckerberg announced that Meta's capital expenditure in 2025 will exceed 60 billion US dollars, increasing its investment in AI.",
};

export const Q004_PREMARKET: ArticleSource = {
  ...FROM_004,
  quote:
    '截至发稿时,美股盘前,英伟达(Nasdaq:NVDA)跌超11%,博通跌超11%,台积电、Arm跌超10%,同时,在日本股市,英伟达的主要供应商Advantest Corp(TYO:6857)的股价暴跌8.6%。',
  quoteEn:
    "As of press time, in US pre-market trading Nvidia (Nasdaq: NVDA) was down more than 11%, Broadcom down more than 11%, TSMC and Arm down more than 10%; meanwhile in Japan, shares of Nvidia's main supplier Advantest Corp (TYO: 6857) plunged 8.6%.",
};

export const Q004_FEWER_CHIPS: ArticleSource = {
  ...FROM_004,
  quote:
    '外媒分析指出,如果DeepSeek的成功能够鼓励AI初创公司用更少的芯片构建强大的AI模型、并将它们更快地推向市场,那么英伟达的收入增长可能会放缓,因为大模型开发人员会复制DeepSeek使用数量更少且配置较低的AI芯片的策略。',
  quoteEn:
    "Foreign media analysis pointed out that if DeepSeek's success encourages AI start-ups to build powerful AI models with fewer chips and bring them to market faster, Nvidia's revenue growth may slow, because model developers will copy DeepSeek's strategy of using fewer and lower-specification AI chips.",
};

export const Q004_PAJJURI: ArticleSource = {
  ...FROM_004,
  quote: '一个自然浮现的问题是,DeepSeek的出现将如何影响算力的增长以及对硬件和半导体的需求?',
  quoteEn:
    "A natural question is: how will DeepSeek's emergence affect the growth of compute and the demand for hardware and semiconductors?",
};

export const Q004_MEYERS: ArticleSource = {
  ...FROM_004,
  quote:
    '不过,Meyers也表示,降低的成本并不意味着AI企业不再需要更多的算力,更不意味着投入最多资金的一方不会获胜,而是会迫使DeepSeek的竞争对手提高效率、降低推理成本。',
  quoteEn:
    "However, Meyers also said that lower costs do not mean AI companies no longer need more compute, still less that the side investing the most money will not win; rather, they will force DeepSeek's competitors to raise efficiency and cut inference costs.",
};

export const Q004_LI_POST_TRAINING: ArticleSource = {
  ...FROM_004,
  quote:
    '对于DeepSeek-R1为何能大幅降低训练成本,Logenic AI公司联合创始人李博杰对记者表示,这是由于R1的核心在于后训练阶段,所需要的数据量和成本都会远低于预训练阶段,相当于“站在巨人的肩膀上”。',
  quoteEn:
    'On why DeepSeek-R1 could cut training costs so much, Li Bojie, co-founder of Logenic AI, told the reporter that this is because R1\'s core lies in the post-training stage, whose data and cost needs are far lower than the pre-training stage\'s, like "standing on the shoulders of giants".',
};

export const Q004_LI_FRONTIER: ArticleSource = {
  ...FROM_004,
  quote:
    '不过,虽然这样的成功可以复制,但最前沿的大模型探索还是需要消耗很大的算力和成本,然后才能实现“左脚踩右脚”的数据飞轮效应。',
  quoteEn:
    'However, although such a success can be copied, exploring the most advanced frontier models still consumes a great deal of compute and cost before a self-reinforcing ("left foot on right foot") data flywheel can be achieved.',
};

export const Q004_LI_MORE_CARDS: ArticleSource = {
  ...FROM_004,
  quote:
    '而对于AI模型的训练成本下降是否会影响上游AI硬件企业,李博杰认为,虽然AI目前看起来发展很快,但背后其实有很多大家看不到的试错的过程,整体依然处于研究阶段,所以“更多的(算力)卡和更多的资源肯定还是有优势的”。',
  quoteEn:
    'As to whether the falling training cost of AI models will affect upstream AI hardware companies, Li Bojie thinks that although AI seems to be developing fast, there is a great deal of trial and error behind it that people do not see, and the field is still essentially at the research stage, so "more (compute) cards and more resources are certainly still an advantage".',
};

export const Q004_HU_YANPING: ArticleSource = {
  ...FROM_004,
  quote:
    '如果不看开源生态,只看C端角度,DeepSeek要想站稳,至少需要尽快具备多模态文生图文生视频、理解图像、语音交互等能力,尤其类AVM(全景影像系统)、知识库、结合Agent(智能体)等既有形态,能否形成模型矩阵和Apps生态等,可能会决定其热度是短期还是长期,舆论热度能否充分转化为市场实地,以及能否内与豆包、外与ChatGPT分食市场。”',
  quoteEn:
    '"Leaving aside the open-source ecosystem and looking only from the consumer side, for DeepSeek to hold its ground it needs at least to gain multimodal abilities as soon as possible (text-to-image, text-to-video, image understanding, voice interaction), especially existing forms such as AVM (panoramic imaging), knowledge bases and agents; whether it can form a model matrix and an app ecosystem may decide whether its popularity is short- or long-term, whether the buzz can be turned into a real market, and whether it can share the market with Doubao at home and ChatGPT abroad."',
};

export const Q004_R1_MATCHES_O1: ArticleSource = {
  ...FROM_004,
  quote:
    '作为一款开源模型,R1在数学、代码、自然语言推理等任务上的性能能够比肩OpenAI o1模型正式版,并采用MIT许可协议,支持免费商用、任意修改和衍生开发等。',
  quoteEn:
    'As an open-source model, R1 matches the release version of OpenAI o1 on tasks such as mathematics, code and natural-language reasoning, and it is under the MIT licence, allowing free commercial use, modification and derivative development.',
};
