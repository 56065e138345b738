// Verbatim sentences from seeds/002_a9600e04050fe6c4.txt, sliced from the file (never retyped), with a
// faithful English rendering. test/models/quotes.test.ts checks each is an exact substring.
import { articles } from '../articles';
import type { ArticleSource } from './article-source';

/** What every quote from this article shares: kind, seed file and the article's publication date. */
const FROM_002 = {
  kind: 'article',
  ref: '002_a9600e04050fe6c4',
  date: articles['002_a9600e04050fe6c4'].date,
} as const;

export const Q002_R1_RELEASE: ArticleSource = {
  ...FROM_002,
  quote: '1月20日,杭州深度求索人工智能公司(下称“DeepSeek”)发布了全新的DeepSeek-R1模型。',
  quoteEn:
    'On 20 January, Hangzhou DeepSeek Artificial Intelligence ("DeepSeek") released its new DeepSeek-R1 model.',
};

export const Q002_PRETRAINING: ArticleSource = {
  ...FROM_002,
  quote:
    '这个预训练费用只有557.6万美元、不及OpenAI GPT-4o模型训练成本1/10的模型,却有能力执行与OpenAI o1相同级别的推理任务,并且开放供研究人员检查。',
  quoteEn:
    "This model, whose pre-training cost was only 5.576 million US dollars, less than 1/10 of the training cost of OpenAI's GPT-4o model, can perform reasoning tasks at the same level as OpenAI o1, and is open for researchers to inspect.",
};

export const Q002_API_PRICES: ArticleSource = {
  ...FROM_002,
  quote:
    '根据DeepSeek公布的API定价,每百万输入token收取0.55美元,每百万输出token收取2.19美元,而OpenAI最新版o1模型的相应收费分别为15美元/百万和60美元/百万。',
  quoteEn:
    "According to DeepSeek's published API pricing, it charges 0.55 US dollars per million input tokens and 2.19 US dollars per million output tokens, while OpenAI's latest o1 model charges 15 US dollars per million and 60 US dollars per million respectively.",
};

export const Q002_ONE_THIRTIETH: ArticleSource = {
  ...FROM_002,
  quote: '相较而言,DeepSeek的收费大约是OpenAI o1运行成本的1/30。',
  quoteEn: "By comparison, DeepSeek's charges are about 1/30 of OpenAI o1's running cost.",
};

export const Q002_APP_STORE: ArticleSource = {
  ...FROM_002,
  quote:
    '1月27日,DeepSeek就冲上了苹果App Store中国区免费榜首位,同时其在美区苹果App Store免费榜的排名也从前一日的第六位飚升至第一位',
  quoteEn:
    "on 27 January DeepSeek rose to the top of the free chart of Apple's App Store in China, and on the US App Store free chart it jumped from sixth the day before to first",
};

export const Q002_CAPITAL_BELIEF: ArticleSource = {
  ...FROM_002,
  quote:
    '长期以来,高端芯片硬件都被视为训练高性能AI模型必不可少的基础设施,科技巨头也坚信唯有数以万亿美元的重金投入才能获得挤上牌桌的一张门票。',
  quoteEn:
    'The tech giants also firmly believed that only investment on the scale of trillions of US dollars could buy a ticket to a seat at the table.',
};

export const Q002_ALGORITHMS: ArticleSource = {
  ...FROM_002,
  quote:
    'DeepSeek-R1主要是通过在预训练阶段加入强化学习,显著降低AI大模型的训练和推理成本,换而言之,其采取的是算法优化、而非算力消耗的思路。',
  quoteEn:
    'DeepSeek-R1 mainly adds reinforcement learning in the pre-training stage, markedly lowering the training and inference cost of large AI models; in other words, it takes the route of algorithmic optimisation rather than compute consumption.',
};

export const Q002_NVDA_DROP: ArticleSource = {
  ...FROM_002,
  quote:
    '美东时间1月27日,英伟达股价遭遇了前所未见的暴跌,单日跌幅高达16.97%,市值蒸发近6000亿美元(约合4.3万亿元人民币),刷新了美股单日市值蒸发的纪录',
  quoteEn:
    "on 27 January US Eastern time, Nvidia's share price suffered an unprecedented crash, falling as much as 16.97% in a single day and wiping out nearly 600 billion US dollars of market value (about 4.3 trillion yuan), a record single-day loss of market value for a US stock",
};

export const Q002_KARPATHY: ArticleSource = {
  ...FROM_002,
  quote:
    '“未来或许不需要超大规模的GPU集群了。”OpenAI创始成员安德烈·卡帕西(Andrej Karpathy)在这一高性价比模型发布后感慨道。',
  quoteEn:
    '"In future we may not need super-large GPU clusters." So remarked OpenAI founding member Andrej Karpathy after this highly cost-effective model was released.',
};

export const Q002_CAPEX: ArticleSource = {
  ...FROM_002,
  quote:
    '据外媒预计,2024年全年,北美四大科技巨头——微软、Meta、谷歌、亚马逊将向AI数据中心投入达到2180亿美元;2025财年四家公司的资本支出预计至少将达到3000亿美元。',
  quoteEn:
    "According to foreign media estimates, for the whole of 2024 the four North American tech giants, Microsoft, Meta, Google and Amazon, will put 218 billion US dollars into AI data centres; in fiscal 2025 the four companies' capital expenditure is expected to reach at least 300 billion US dollars.",
};

export const Q002_BURNING_MONEY: ArticleSource = {
  ...FROM_002,
  quote: 'DeepSeek案例在前,投资人们不禁要问,这么“烧钱”是否真的必要?',
  quoteEn:
    'With the DeepSeek case in front of them, investors cannot help asking whether "burning money" on this scale is really necessary.',
};

export const Q002_META_GROUPS: ArticleSource = {
  ...FROM_002,
  quote:
    '据悉,脸书母公司Meta已经成立了四个专门研究小组来研究DeepSeek的工作原理,并基于此来改进旗下大模型Llama。',
  quoteEn:
    "Meta, Facebook's parent, is reported to have set up four dedicated research groups to study how DeepSeek works and to improve its own Llama models on that basis.",
};

export const Q002_OPENAI_FREE_SEARCH: ArticleSource = {
  ...FROM_002,
  quote:
    '而常被拿来作为性能竞品的OpenAI,也在北京时间2月6日凌晨宣布,所有用户无需注册均可免费使用ChatGPT搜索功能。业内专家指出,OpenAI急于推出免费的搜索引擎与DeepSeek的爆火有一定关系,DeepSeek不仅加速了全球大模型竞赛的步伐,还对OpenAI等传统大模型厂商构成了挑战。',
  quoteEn:
    "OpenAI, often cited as its performance rival, announced early on 6 February Beijing time that all users can use ChatGPT search for free without registering. Industry experts pointed out that OpenAI's rush to launch a free search engine is related to DeepSeek's explosive popularity; DeepSeek has not only sped up the global race between large models but also challenged traditional model makers such as OpenAI.",
};

export const Q002_CLOUDS_ONBOARD: ArticleSource = {
  ...FROM_002,
  quote: '海外市场方面,1月31日,英伟达、亚马逊和微软同日宣布接入DeepSeek-R1。',
  quoteEn:
    'Overseas, on 31 January Nvidia, Amazon and Microsoft announced on the same day that they had onboarded DeepSeek-R1.',
};

export const Q002_INSPUR: ArticleSource = {
  ...FROM_002,
  quote: '新华TMT出海优选50指数成份公司浪潮信息盘中涨停,周内录得涨幅16%。',
  quoteEn:
    'Inspur Information, a constituent of the Xinhua TMT Going-Global Select 50 index, hit its daily limit-up intraday and gained 16% over the week.',
};

export const Q002_TMT_WEEK: ArticleSource = {
  ...FROM_002,
  quote: 'TMT出海周内涨4.5%,电新出海涨近4%。',
  quoteEn:
    'the TMT Going-Global index rose 4.5% over the week, and the Electrical & New Energy Going-Global index rose nearly 4%.',
};

export const Q002_TMT_STOCKS: ArticleSource = {
  ...FROM_002,
  quote:
    'TMT出海指数超八成样本周内收涨,六成样本涨幅超5%,网宿科技(300017.SZ)、广和通(300638.SZ)、北京君正(300223.SZ)、浪潮信息(000977.SZ)等成份股涨超15%。',
  quoteEn:
    "More than 80% of the TMT Going-Global index's constituents closed the week higher and 60% rose more than 5%; constituents such as Wangsu Science & Technology, Fibocom, Ingenic and Inspur Information rose more than 15%.",
};
