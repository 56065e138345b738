import type { ObservationRule } from '../../src/calibration/observations-file';
import type { enObserved } from './en-observed';

/** 中文: the observed figures on the charts and the data vintage (see en-observed.ts). */
export const zhObserved: { readonly [K in keyof typeof enObserved]: string } = {
  'observed.legend': '观测值（{date}前发表）',
  'observed.legendHindsight': '后见之明：之后才发表（空心）',
  'observed.legendImported': '你导入的观测值',
  'observed.legendFloor': '下限（至少）',
  'observed.legendCeiling': '上限（至多）',
  'observed.keys': '用上下方向键逐个打开观测值。',
  'observed.sumOver': '观测值 {value}，{period} 期间合计',
  'observed.meanOver': '观测值 {value}，{period} 期间的月均值',
  'observed.inMonth': '观测值 {value}，{period}',
  'observed.endOf': '观测值 {value}，{period} 末',
  'observed.drawnAt': '按图表单位画在 {value}。',
  'observed.band': '范围 {low} – {high}。',
  'observed.floor': '下限：模型的序列应不低于此值。',
  'observed.ceiling': '上限：模型的序列应不高于此值。',
  'observed.source': '{ref} · 发表于 {date}',
  'observed.sourceContext': '{ref} · 发表于 {date} · 仅作背景',
  'observed.sourceUndated': '{ref} · 未给出发表日期',
  'observed.noSource': '未给出来源。',
  'observed.hindsight': '后见之明：{date}之后才发表，因此只作展示，从不用于拟合。',
  'observed.notFitted': '未用于拟合：{reason}',
  'observed.importedFrom': '导入自“{file}”。',
  'observed.model': '模型 {value} · 模型 ÷ 观测 {ratio}',
  'observed.noModel': '没有模型值：{reason}',
  'observed.title': '图表上的观测值',
  'observed.intro':
    '图表上的圆点和线段是{date}前发表的数字，默认值就是按它们拟合的：线段覆盖均值或合计所涉及的月份，竖线是其范围，▲ 表示下限，▼ 表示上限。空心的在之后才发表，从不用于拟合。把指针移到某个观测值上，或聚焦图表后按 ↑ 或 ↓，可以看到它衡量什么、来源及发表日期，以及模型在同一处的数值。菱形是文章中宣布的数字，不是观测值。',
  'observed.inSample': '样本内数据：共 {count} 个数字，其中 {drawn} 个画在图表上',
  'observed.colFigure': '数字',
  'observed.colMonths': '月份',
  'observed.colValue': '数值',
  'observed.colPublished': '发表日期',
  'observed.colChart': '所在图表',
  'observed.notDrawn': '未画出：没有图表显示 {series}',
  'observed.outside': '未画出：不在模拟的月份之内',
  'observed.tagHindsight': '后见之明',
  'observed.tagFloor': '下限',
  'observed.tagCeiling': '上限',
  'observed.tagNotFitted': '未拟合',
  'observed.import': '导入观测值…',
  'observed.importHelp':
    'CSV 或 JSON 文件，格式与“jevons backtest --observed”读取的相同：series、period（YYYY-MM 或 YYYY-MM/YYYY-MM）、aggregation（mean、sum 或 end）、value，可选 id、low、high、side（atLeast 或 atMost）、unit、source、published（该数据的发表日期，YYYY-MM-DD；晚于数据截止日发表的画成空心，即后见之明）。保存在本浏览器中，直到你删除。',
  'observed.importFailed': '“{file}”未导入任何内容。发现的问题：{count} 个。请改正文件后重新导入：',
  'observed.moreErrors': '…… 另有 {count} 个',
  'observed.dismiss': '关闭',
  'observed.imported': '已从“{file}”导入 {count} 个观测值。',
  'observed.yours': '你导入的观测值',
  'observed.fileHeading': '“{file}” · 导入于 {date} · {count} 个观测值',
  'observed.removeFile': '全部删除',
  'observed.removeFileLabel': '删除从“{file}”导入的全部观测值',
  'observed.remove': '删除',
  'observed.removeLabel': '删除观测值 {id}',
  'observed.removed': '已删除 {what}。',
  'observed.storageFailed': '浏览器拒绝保存导入的观测值（{reason}）：它们只显示到本页面关闭为止。',
  'observed.damaged': '从“{file}”保存的观测值无法重新读取：{reason} 数据仍保留；删除即可清除此提示。',
};

/**
 * 中文 for each problem an imported file can have (the English is the CLI's, in
 * src/calibration/observations-file.ts); {field}, {value} and {detail} are the file's own text.
 */
export const zhObservationProblems: { readonly [R in ObservationRule | 'tooLarge' | 'unreadable']: string } =
  {
    json: '不是有效的 JSON：{detail}',
    jsonShape: 'JSON 观测值必须是数组，或带有 "observations" 数组的对象',
    rowObject: '每个观测值必须是对象；收到 {value}',
    csvHeader: 'CSV 表头必须包含列 "{field}"；收到 {detail}',
    tooMany: '最多 {detail} 个观测值；收到 {value}',
    empty: '文件中没有观测值',
    series: 'series 必须是模型的序列之一（{detail} 等）；收到 {value}',
    period: 'period 必须写作 YYYY-MM 或 YYYY-MM/YYYY-MM（前者不晚于后者）；收到 {value}',
    aggregation: 'aggregation 必须是 {detail} 之一；收到 {value}',
    positive: '{field} 必须是大于 0 的数；收到 {value}',
    lowAboveValue: 'low 不得大于 value（{detail}）；收到 {value}',
    highBelowValue: 'high 不得小于 value（{detail}）；收到 {value}',
    side: 'side 必须是 atLeast 或 atMost；收到 {value}',
    published: 'published 必须是 YYYY-MM-DD（或 YYYY-MM）格式的日期；收到 {value}',
    tooLarge: '文件大小为 {value}；最大 {detail}',
    unreadable: '浏览器无法读取该文件：{detail}',
  };
