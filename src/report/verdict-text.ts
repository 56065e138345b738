import { signedPercent } from '../format/quantity';
import type { Basis, BreakEven, HorizonVerdict, JevonsResult, Rebound, Verdict } from '../model/types';

export type Lang = 'en' | 'zh';

/** The verdict classes in words. Colours are the app's business; these words make no value judgement. */
export const VERDICT_WORDS: Record<Lang, Record<Verdict, string>> = {
  en: {
    backfire: 'backfire — the Jevons paradox',
    'full-rebound': 'full rebound — the saving is taken back in full',
    'partial-rebound': 'partial rebound — the shock saves compute on balance',
    'super-conservation': 'super-conservation — use falls by more than the engineering saving',
    undefined: 'rebound undefined',
  },
  zh: {
    backfire: '回火——杰文斯悖论',
    'full-rebound': '完全反弹——节省的算力被全部用掉',
    'partial-rebound': '部分反弹——冲击总体上节省了算力',
    'super-conservation': '超额节约——用量降幅超过工程节省',
    undefined: '反弹无定义',
  },
};

export const BASIS_WORDS: Record<Lang, Record<Basis, string>> = {
  en: { servedCompute: 'compute served', computeValue: 'the value of compute', capex: 'GPU capex' },
  zh: { servedCompute: '实际使用的算力', computeValue: '算力价值', capex: 'GPU资本开支' },
};

/** The first and last month of a verdict's window ("2025-01", "2030-12"). */
export function windowOf(result: JevonsResult, verdict: HorizonVerdict): [string, string] {
  const months = result.scenario.months;
  const end = months.length - 1;
  // The verdict windows start at the shock; the longest one ends with the run.
  const longest = result.verdicts.reduce((m, v) => Math.max(m, v.horizonMonths), 0);
  const start = end - longest + 1;
  return [months[start], months[Math.min(end, start + verdict.horizonMonths - 1)]];
}

/**
 * The headline in one sentence with its reason, e.g. "Under these assumptions the DeepSeek shock
 * raises compute served from 2025-01 to 2030-12 by 3.1% against a world without it (rebound 1.42):
 * backfire — the Jevons paradox, because your market elasticity of 1.00 is above the break-even 0.82,
 * so the extra use outruns the saving."
 */
export function verdictSentence(
  result: JevonsResult,
  lang: Lang = 'en',
  verdict: HorizonVerdict = result.headline,
): string {
  const [from, to] = windowOf(result, verdict);
  const what = BASIS_WORDS[lang][verdict.basis];
  const change = verdict.changeVsBase;
  const because = becauseClause(result, verdict, lang);
  if (lang === 'zh') {
    const direction =
      change > 0
        ? `增加${signedPercent(change).slice(1)}`
        : change < 0
          ? `减少${signedPercent(-change).slice(1)}`
          : '不变';
    const head = `在这些假设下，与没有DeepSeek冲击的世界相比，${from}至${to}${what}${direction}`;
    if (verdict.value === null)
      return `${head}；反弹无定义：${undefinedReboundText(verdict, verdict.basis, 'zh')}。`;
    return `${head}（反弹 ${verdict.value.toFixed(2)}）：${VERDICT_WORDS.zh[verdict.verdict]}${because ? `，${because}` : ''}。`;
  }
  const direction = change > 0 ? 'raises' : change < 0 ? 'cuts' : 'leaves unchanged';
  const amount = change === 0 ? '' : ` by ${signedPercent(Math.abs(change)).slice(1)}`;
  const head = `Under these assumptions the DeepSeek shock ${direction} ${what} from ${from} to ${to}${amount} against a world without it`;
  if (verdict.value === null) return `${head}; rebound is undefined: ${verdict.reason}.`;
  return `${head} (rebound ${verdict.value.toFixed(2)}): ${VERDICT_WORDS.en[verdict.verdict]}${because ? `, ${because}` : ''}.`;
}

/**
 * Why, in plain words: the market elasticity against its break-even on the same basis. Only for the
 * bases that have a break-even (served compute, capex) and when one exists in range.
 */
function becauseClause(result: JevonsResult, verdict: HorizonVerdict, lang: Lang): string {
  if (verdict.basis === 'computeValue') return '';
  const breakEven = result.breakEvenElasticity[verdict.basis].value;
  const eta = result.elasticity;
  if (breakEven === null || eta === null) return '';
  const above = eta > breakEven;
  if (Math.abs(eta - breakEven) < 0.005) {
    return lang === 'zh'
      ? `因为你设定的市场弹性 ${eta.toFixed(2)} 恰好等于盈亏平衡点，新增的使用正好抵消节省`
      : `because your market elasticity of ${eta.toFixed(2)} sits at the break-even, so the extra use just makes up the saving`;
  }
  if (lang === 'zh') {
    return above
      ? `因为你设定的市场弹性 ${eta.toFixed(2)} 高于盈亏平衡点 ${breakEven.toFixed(2)}，新增的使用超过了节省`
      : `因为你设定的市场弹性 ${eta.toFixed(2)} 低于盈亏平衡点 ${breakEven.toFixed(2)}，新增的使用不足以抵消节省`;
  }
  return above
    ? `because your market elasticity of ${eta.toFixed(2)} is above the break-even ${breakEven.toFixed(2)}, so the extra use outruns the saving`
    : `because your market elasticity of ${eta.toFixed(2)} is below the break-even ${breakEven.toFixed(2)}, so the extra use does not make up the saving`;
}

/*
 * Why a rebound or a break-even is undefined, in the reader's language. The engine states each
 * reason in English with a code; English readers get the engine's own sentence, Chinese readers the
 * sentence for its code — one place for both faces (the CLI's tables and the app's panel).
 */

const round = (eta: number | undefined): string => String(Math.round((eta ?? 0) * 100) / 100);

/** Why the rebound on `basis` is undefined; '' when it is defined. */
export function undefinedReboundText(
  r: Pick<Rebound, 'reason' | 'reasonCode'>,
  basis: Basis,
  lang: Lang,
): string {
  if (lang === 'en' || !r.reasonCode) return r.reason ?? '';
  const what = BASIS_WORDS.zh[basis];
  switch (r.reasonCode) {
    case 'no-saving':
      return `市场作出反应之前，冲击并未节省${what}（机械总量等于基准），因此无所谓反弹；任何变化都来自价格或竞争效应`;
    case 'costs-more':
      return `市场作出反应之前，冲击已使${what}增加，因此反弹无定义`;
    case 'not-finite':
      return `${what}的总量不是有限数`;
    case 'at-supply-ceiling':
      return 'GPU交付在有无冲击时都处于芯片供给上限（CoWoS封装、HBM、电力），且所交付的GPU要么在冲击之前下单，要么在两种情形下都按GPU价格的上限（标价的最高倍数，gpuScarcityPremiumMax）购买：两种情形以相同价格买入相同的GPU，资本开支无法变化。冲击体现在算力租金上（见算力价值）；调高该上限，GPU价格以及资本开支就能对冲击作出反应';
  }
}

/** Why there is no break-even elasticity on `basis`; '' when there is one. */
export function noBreakEvenText(b: BreakEven, basis: Basis, lang: Lang): string {
  if (lang === 'en' || !b.reasonCode) return b.reason ?? '';
  const what = BASIS_WORDS.zh[basis];
  const p = b.reasonParams ?? {};
  const side = p.side === 'below' ? '低于' : '高于';
  switch (b.reasonCode) {
    case 'not-finite':
      return `在弹性范围内某处${what}不是有限数`;
    case 'unchanged':
      return basis === 'capex'
        ? '在任何弹性下冲击都不改变资本开支（冲击被关闭，或GPU交付与GPU价格在两种情形下都处于各自的上限）'
        : `在任何弹性下冲击都不改变${what}（该口径下冲击被关闭）`;
    case 'one-side':
      return `在 ${round(p.min)} 到 ${round(p.max)} 的每个弹性下，有冲击时的${what}都${side}基准`;
    case 'one-side-then-equal':
      return `${
        round(p.min) === round(p.max)
          ? `在弹性为 ${round(p.min)} 时，有冲击时的${what}${side}基准`
          : `在 ${round(p.min)} 到 ${round(p.max)} 的每个弹性下，有冲击时的${what}都${side}基准`
      }，并在${
        p.side === 'below' ? `${round(p.from)} 以上` : `${round(p.from)} 以下`
      }与之相等（在舍入误差内）：从不与之相交`;
  }
}
