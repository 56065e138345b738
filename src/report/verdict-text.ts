import { signedPercent } from '../format/quantity';
import type { Basis, HorizonVerdict, JevonsResult, Verdict } from '../model/types';

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
    const head = `在这些假设下,与没有DeepSeek冲击的世界相比,${from}至${to}${what}${direction}`;
    if (verdict.value === null) return `${head};反弹无定义:${verdict.reason}。`;
    return `${head}(反弹 ${verdict.value.toFixed(2)}):${VERDICT_WORDS.zh[verdict.verdict]}${because ? `,${because}` : ''}。`;
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
      ? `因为你设定的市场弹性 ${eta.toFixed(2)} 恰好等于盈亏平衡点,新增的使用正好抵消节省`
      : `because your market elasticity of ${eta.toFixed(2)} sits at the break-even, so the extra use just makes up the saving`;
  }
  if (lang === 'zh') {
    return above
      ? `因为你设定的市场弹性 ${eta.toFixed(2)} 高于盈亏平衡点 ${breakEven.toFixed(2)},新增的使用超过了节省`
      : `因为你设定的市场弹性 ${eta.toFixed(2)} 低于盈亏平衡点 ${breakEven.toFixed(2)},新增的使用不足以抵消节省`;
  }
  return above
    ? `because your market elasticity of ${eta.toFixed(2)} is above the break-even ${breakEven.toFixed(2)}, so the extra use outruns the saving`
    : `because your market elasticity of ${eta.toFixed(2)} is below the break-even ${breakEven.toFixed(2)}, so the extra use does not make up the saving`;
}
