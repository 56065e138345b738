import type { Lang } from '../i18n/i18n';

/** The first-visit guide's words in one language. */
interface GuideTexts {
  guideTitle: string;
  guideSteps: readonly string[];
}

/**
 * The first-visit guide's title and four steps, apart from the help pages (help-en.ts, help-zh.ts):
 * the guide is on the first screen of a first visit, the help only opens on request, in its own chunk.
 */
const guideEn: GuideTexts = {
  guideTitle: 'First time here? Four things to know',
  guideSteps: [
    'The verdict at the top answers one question: under these assumptions, does the DeepSeek shock raise or cut the demand for GPUs — and why.',
    'The numbers you can argue about are on the left. The “i” beside each opens a plain description; the Sources badge quotes where the default comes from.',
    '“Why” splits the change into the shock’s channels and shows where your elasticity sits against the break-even.',
    'Compare two scenarios side by side, print the page or export a chart with its caption. Help has a glossary and how to read the model.',
  ],
};

const guideZh: GuideTexts = {
  guideTitle: '第一次来？先了解四件事',
  guideSteps: [
    '顶部的判定回答一个问题：在这些假设下，DeepSeek 冲击使 GPU 需求增加还是减少——以及原因。',
    '可以争论的数字都在左侧。每个旁边的“i”打开通俗说明；“来源”标签引用默认值的出处。',
    '“原因”把变化拆成冲击的各个渠道，并显示你设定的弹性相对盈亏平衡点的位置。',
    '可以并排比较两个情景、打印页面，或导出带说明文字的图表。“帮助”里有术语表和模型阅读指南。',
  ],
};

/** The guide in the reader's language. */
export function guideTexts(lang: Lang): GuideTexts {
  return lang === 'zh' ? guideZh : guideEn;
}
