import type { DemandCurveKind } from '../model/types';

/** A demand curve a scenario can name: `"demandCurve": "<id>"`. */
export interface NamedCurveInfo {
  id: Exclude<DemandCurveKind, 'expression'>;
  label: { en: string; zh: string };
  description: { en: string; zh: string };
}

/**
 * The closed list of named demand curves, declared once: the scenario reader, `--set demandCurve=…`,
 * the CLI's help and the app's selector iterate over it. A user's own curve is the third form,
 * `{ "expression": "x^(-eps)" }`. The engine's numeric codes are in src/engine/model-inputs.ts (CURVE).
 */
export const NAMED_CURVES: readonly NamedCurveInfo[] = [
  {
    id: 'constant',
    label: { en: 'Constant elasticity', zh: '不变弹性' },
    description: {
      en: 'Tasks demanded scale as (Π/Π0)^(−η): the same elasticity at every price.',
      zh: '任务需求按(Π/Π0)^(−η)变化:任何价格下弹性相同。',
    },
  },
  {
    id: 'reservation',
    label: { en: 'Reservation prices', zh: '保留价格' },
    description: {
      en: 'Share of latent uses whose lognormal reservation price exceeds the price; elasticity η at the start price, spread reservationSigma.',
      zh: '潜在用途中保留价格(对数正态分布)高于当前价格的比例;起始价格处弹性为η,离散度为reservationSigma。',
    },
  },
];

export const NAMED_CURVE_IDS: readonly string[] = NAMED_CURVES.map((c) => c.id);

/** True when `text` names a curve of the list. */
export function isNamedCurve(text: string): text is NamedCurveInfo['id'] {
  return NAMED_CURVE_IDS.includes(text);
}
