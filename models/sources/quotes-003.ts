// Verbatim sentences from seeds/003_9df524cb6bf9a5c4.txt, sliced from the file (never retyped), with a
// faithful English rendering. test/models/quotes.test.ts checks each is an exact substring.
import { articles } from '../articles';
import type { ArticleSource } from './article-source';

/** What every quote from this article shares: kind, seed file and the article's publication date. */
const FROM_003 = {
  kind: 'article',
  ref: '003_9df524cb6bf9a5c4',
  date: articles['003_9df524cb6bf9a5c4'].date,
} as const;

export const Q003_HANG_SENG_MONTH: ArticleSource = {
  ...FROM_003,
  quote: '恒生指數(shù)過(guò)去一個(gè)月累計(jì)上漲15%,是同期全球主要指數(shù)中表現(xiàn)最好的',
  quoteEn:
    "the Hang Seng Index has risen 15% in total over the past month, the best performance among the world's major indices over the period",
};

export const Q003_STARGATE: ArticleSource = {
  ...FROM_003,
  quote:
    '特朗普此前宣布啟動(dòng)一項(xiàng)名為‘星際之門’(Stargate)的龐大AI基礎(chǔ)設(shè)施計(jì)劃,斥資5000億美元',
  quoteEn:
    'Trump earlier announced the launch of a huge AI infrastructure plan called "Stargate", costing 500 billion US dollars',
};

export const Q003_CHEAPER_SPEND: ArticleSource = {
  ...FROM_003,
  quote: '特別是這種低成本模式質(zhì)疑了未來(lái)是否仍需要相同類型的巨額支出和投資。',
  quoteEn:
    'in particular, this low-cost model calls into question whether the same kind of huge spending and investment will still be needed in future.',
};

export const Q003_SIX_COMPANY_CAPEX: ArticleSource = {
  ...FROM_003,
  quote:
    '數(shù)據(jù)顯示,谷歌、Meta、亞馬遜、微軟、蘋果和甲骨文的資本支出總額,一直在大幅增長(zhǎng)。2023年支出總額高達(dá)約1600億美元,2024年的資本支出大幅增長(zhǎng)至2000億美元。',
  quoteEn:
    'Data show that the total capital expenditure of Google, Meta, Amazon, Microsoft, Apple and Oracle has been growing sharply. Total spending reached about 160 billion US dollars in 2023, and capital expenditure in 2024 rose sharply to 200 billion US dollars.',
};

export const Q003_MICROSOFT_80B: ArticleSource = {
  ...FROM_003,
  quote: '例如,微軟預(yù)計(jì)今年將在資本支出上花費(fèi)800億美元,基本與微軟全年的現(xiàn)金流持平。',
  quoteEn:
    "For example, Microsoft expects to spend 80 billion US dollars on capital expenditure this year, roughly equal to Microsoft's cash flow for the whole year.",
};

export const Q003_FEW_RESOURCES: ArticleSource = {
  ...FROM_003,
  quote:
    '關(guān)鍵原因在于,據(jù)報(bào)道DeepSeek僅使用了極少量的計(jì)算資源,就成功訓(xùn)練出一款極具競(jìng)爭(zhēng)力的基礎(chǔ)模型,并且推理成本遠(yuǎn)低于同類模型。',
  quoteEn:
    "The key reason is that DeepSeek reportedly trained a highly competitive base model with very little compute, and its inference cost is far lower than comparable models'.",
};

export const Q003_DEFLATION: ArticleSource = {
  ...FROM_003,
  quote: 'DeepSeek的V3模型此前已經(jīng)對(duì)中國(guó)AI計(jì)算成本產(chǎn)生了通縮效應(yīng)。',
  quoteEn: "DeepSeek's V3 model had already had a deflationary effect on AI compute costs in China.",
};

export const Q003_PRICE_COMPARISON: ArticleSource = {
  ...FROM_003,
  quote:
    '據(jù)報(bào)道,DeepSeek每生成100萬(wàn)個(gè)token僅收取1.4美分,大約相當(dāng)于70萬(wàn)個(gè)單詞。相比之下,Meta對(duì)其最大模型的相同輸出收取2.8美元。收費(fèi)相當(dāng)于是美國(guó)大模型的1/200,而成本僅僅是OpenAI的1/50左右。',
  quoteEn:
    "DeepSeek reportedly charges only 1.4 US cents per million tokens generated, roughly 700,000 words. By comparison, Meta charges 2.8 US dollars for the same output from its largest model. The charge is about 1/200 of the US large models', and the cost only about 1/50 of OpenAI's.",
};

export const Q003_DOUBAO: ArticleSource = {
  ...FROM_003,
  quote:
    '此外,中國(guó)最受歡迎的AI聊天機(jī)器人“豆包”運(yùn)行成本比行業(yè)平均低85%,顯示出中國(guó)AI行業(yè)在成本控制方面的優(yōu)勢(shì)。',
  quoteEn:
    'In addition, the running cost of "Doubao", China\'s most popular AI chatbot, is 85% below the industry average, showing the Chinese AI industry\'s advantage in cost control.',
};

export const Q003_MOE_CAVEAT: ArticleSource = {
  ...FROM_003,
  quote: '這種方法可能并不適用于所有更大規(guī)模的前沿LLM訓(xùn)練。',
  quoteEn: 'This approach may not be applicable to all larger-scale frontier LLM training.',
};

export const Q003_MORE_INFERENCE: ArticleSource = {
  ...FROM_003,
  quote:
    '然而,從長(zhǎng)期來(lái)看,即便存在多種訓(xùn)練方法,最終仍會(huì)帶來(lái)更多推理需求,因此AI算力支出仍將持續(xù)增長(zhǎng)。',
  quoteEn:
    'However, in the long run, even if there are many training methods, they will in the end bring more inference demand, so AI compute spending will keep growing.',
};

export const Q003_KASS_JEVONS: ArticleSource = {
  ...FROM_003,
  quote:
    '對(duì)此,卡斯則對(duì)記者表示,根據(jù)杰文斯悖論(Jevons Paradox),一個(gè)資源如果變得更高效,那么只會(huì)使得這個(gè)資源被更多使用,AI未來(lái)可能變得和互聯(lián)網(wǎng)一樣便宜、無(wú)所不在,即使AI算力支出仍將增加,但單位成本會(huì)更便宜,AI將更為普惠。',
  quoteEn:
    'To this, Kass told the reporter that according to the Jevons paradox, if a resource becomes more efficient, it will only be used more; AI may in future become as cheap and ubiquitous as the internet; even if AI compute spending keeps increasing, the unit cost will be cheaper and AI will be more inclusive.',
};

export const Q003_KASS_PRICE_HISTORY: ArticleSource = {
  ...FROM_003,
  quote:
    '他也回憶稱,當(dāng)時(shí)在OpenAI工作時(shí),首個(gè)模型價(jià)格為每100萬(wàn)token60美元,而現(xiàn)在GPT4只有2美元,而這種降本僅花了2年,他預(yù)計(jì)未來(lái)這一平價(jià)化趨勢(shì)仍將持續(xù)。',
  quoteEn:
    "He also recalled that when he worked at OpenAI, the first model's price was 60 US dollars per million tokens, whereas GPT4 is now only 2 US dollars, and this cost reduction took only 2 years; he expects this trend towards affordability to continue.",
};

export const Q003_MAGNIFICENT_SEVEN: ArticleSource = {
  ...FROM_003,
  quote: '美股七巨頭貢獻(xiàn)了2024年標(biāo)普500總回報(bào)(25%)的41%。',
  quoteEn: 'the US "Magnificent Seven" contributed 41% of the S&P 500\'s total return (25%) in 2024.',
};

export const Q003_UBS_CAPEX_DOWN: ArticleSource = {
  ...FROM_003,
  quote:
    '若當(dāng)前數(shù)據(jù)所呈現(xiàn)的更高效率和更低資本投入趨勢(shì)能夠持續(xù),那么亞馬遜、谷歌和Meta未來(lái)的運(yùn)營(yíng)支出及資本支出可能有所降低。',
  quoteEn:
    'If the trend towards higher efficiency and lower capital input shown by current data continues, the future operating and capital expenditure of Amazon, Google and Meta may fall.',
};

export const Q003_UBS_TRAINING_DRIVER: ArticleSource = {
  ...FROM_003,
  quote:
    '瑞銀指出,計(jì)算仍是提升AI性能的核心驅(qū)動(dòng)力,即便有更高效的算法,AI練需求在未來(lái)2~3年仍將是AI計(jì)算的主要增長(zhǎng)動(dòng)力。',
  quoteEn:
    'UBS points out that compute is still the core driver of AI performance; even with more efficient algorithms, AI training demand will remain the main growth driver of AI compute for the next 2 to 3 years.',
};

export const Q003_CHINA_INDICES: ArticleSource = {
  ...FROM_003,
  quote:
    '中國(guó)整體市場(chǎng)的情緒被DeepSeek大幅提振,上證綜指站上3300點(diǎn),恒生指數(shù)從年初至今已經(jīng)逼近技術(shù)性牛市;作為海外投資者信心的風(fēng)向標(biāo),恒生科技指數(shù)自1月低點(diǎn)以來(lái)已大漲23%。',
  quoteEn:
    "Overall sentiment in the Chinese market was lifted sharply by DeepSeek: the Shanghai Composite stood above 3,300 points, the Hang Seng Index is close to a technical bull market year to date, and the Hang Seng Tech Index, a gauge of overseas investors' confidence, has jumped 23% since its January low.",
};
