import { messagesOf } from '../i18n/i18n';

/**
 * Words of the tornado, the Sobol indices and the list of sampled distributions, in both languages:
 * the uncertainty panel's, which loads on demand (mc-text.ts has the bands' and the status's).
 * `{name}` placeholders as in i18n.t.
 */
const TEXT = {
  en: {
    tornadoAxis: 'Rebound on compute served (%)',
    lowEnd: 'parameter at its p5',
    highEnd: 'parameter at its p95',
    undefinedValue: 'undefined',
    reference: 'Rebound 100%: the shock saves nothing. Right of it: backfire.',
    noRows: 'No uncertain parameter changes the rebound.',
    readout: '{label} from {low} to {high}: rebound {lowOut} → {highOut} (scenario {base}).',
    distributionsTitle: 'Uncertain parameters ({count}) and their distributions',
    distributionsNote:
      'Defaults from the catalogue, moved to the scenario’s values; a scenario file’s "distributions" replaces them. Fitted parameters are drawn from the fit’s posterior, together: where the 2023–25 data tie two of them (the supply ceiling’s start and its growth), the samples keep them tied.',
    summary:
      'Tornado chart: for each uncertain parameter, the rebound on compute served (from the shock to the end of the run) with that parameter at the 5th and the 95th percentile of its distribution, the others at the scenario values. Largest effect first.',
    sobolTitle: 'What drives the rebound, alone and together',
    sobolAxis: 'Share of the variance of the rebound (%)',
    sobolFirst: 'alone (first-order index S)',
    sobolTotal: 'with interactions (total-order index ST)',
    sobolOthers: 'the other {count} together',
    sobolWaiting: 'Sobol indices follow the bands…',
    sobolRunning: 'Computing Sobol indices… {percent}',
    sobolNoData: 'No parameter is uncertain: nothing to divide.',
    sobolFailed: 'Sobol indices failed: {message}',
    sobolReadout: '{label}: alone {first}; with interactions {total}.',
    sobolSummary:
      'Sobol indices of the rebound on compute served, every uncertain parameter varying at once over its distribution ({rows} Sobol design rows, {evaluations} verdicts): for each parameter, the share of the variance it explains alone and the share it takes part in with others, with 95% bootstrap intervals.',
    sobolShare:
      'Interactions: {share} of the variance of the rebound (95% interval {low}–{high}) comes from parameters acting together, which no parameter explains alone.',
    sobolShareUnclear:
      'Interactions: how much of the variance of the rebound comes from parameters acting together is not clear yet from {rows} design rows (95% interval {low}–{high}).',
    sobolInteract:
      '{names} {verb} mostly through interactions: the total effect is well above the effect alone.',
    sobolNoInteract: 'No parameter’s total effect clearly exceeds its effect alone.',
    sobolNoise:
      'From {rows} design rows: indices that read below 0% or above 100%, and wide intervals, are sampling noise.',
    and: ' and ',
    listComma: ', ',
    actOne: 'acts',
    actMany: 'act',
  },
  zh: {
    tornadoAxis: '实际使用算力的回弹（%）',
    lowEnd: '参数取 p5',
    highEnd: '参数取 p95',
    undefinedValue: '无定义',
    reference: '回弹 100%：冲击没有带来节省。其右为杰文斯悖论（回弹超过 100%）。',
    noRows: '没有不确定参数改变回弹。',
    readout: '{label} 从 {low} 到 {high}：回弹 {lowOut} → {highOut}（情景 {base}）。',
    distributionsTitle: '不确定参数（{count} 个）及其分布',
    distributionsNote:
      '默认取自参数目录，并随情景取值平移；情景文件中的 "distributions" 会替换它们。拟合参数取自拟合的后验分布，并联合抽样：2023–25 年数据把两个参数绑在一起时（如供给上限的起点与增速），样本也保持这种关联。',
    summary:
      '龙卷风图：每个不确定参数分别取其分布的第 5 和第 95 百分位、其余参数保持情景值时，实际使用算力（自冲击至模拟结束）的回弹。影响最大的在最上方。',
    sobolTitle: '回弹由什么驱动：单独与共同作用',
    sobolAxis: '回弹方差的占比（%）',
    sobolFirst: '单独作用（一阶指数 S）',
    sobolTotal: '含交互作用（总效应指数 ST）',
    sobolOthers: '其余 {count} 个参数合计',
    sobolWaiting: 'Sobol 指数将在区间带之后计算…',
    sobolRunning: '正在计算 Sobol 指数… {percent}',
    sobolNoData: '没有不确定参数：无方差可分解。',
    sobolFailed: 'Sobol 指数计算失败：{message}',
    sobolReadout: '{label}：单独 {first}；含交互 {total}。',
    sobolSummary:
      '实际使用算力回弹的 Sobol 指数：所有不确定参数按各自分布同时变化（{rows} 行 Sobol 设计，{evaluations} 次判定）。每个参数单独解释的方差占比，以及含与其他参数交互时的占比，附 95% 自助法区间。',
    sobolShare:
      '交互作用：回弹方差的 {share}（95% 区间 {low}–{high}）来自参数的共同作用，任何单个参数都无法单独解释。',
    sobolShareUnclear:
      '交互作用：基于 {rows} 行设计，尚无法确定回弹方差中有多少来自参数的共同作用（95% 区间 {low}–{high}）。',
    sobolInteract: '{names}主要通过交互作用起作用：其总效应明显大于单独效应。',
    sobolNoInteract: '没有参数的总效应明显大于其单独效应。',
    sobolNoise: '基于 {rows} 行设计：低于 0% 或高于 100% 的指数以及较宽的区间属于抽样噪声。',
    and: '和',
    listComma: '、',
    actOne: '',
    actMany: '',
  },
} as const;

type SensitivityTextKey = keyof (typeof TEXT)['en'];

/** The text `key` in `lang` with `{name}` placeholders filled. */
export const sensitivityText = messagesOf<SensitivityTextKey>(TEXT);
