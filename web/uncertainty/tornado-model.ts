import type { TornadoRowSpec, TornadoSpec } from '../charts/tornado-vm';
import { formatPercent } from '../i18n/format';
import { formatParam } from '../i18n/format-param';
import { type Lang, localeOf, pick, t } from '../i18n/i18n';
import { paramDef } from '../state/catalogue';
import type { SensitivityResult } from '../../src/uncertainty/sensitivity';
import { sensitivityText } from './sensitivity-text';

/** Rows shown: the parameters that move the headline rebound most (the rest barely do). */
const TORNADO_ROWS = 10;

/**
 * Percentages with as many decimals as the spread of `values` needs: whole percents for a tornado
 * that spans 40–160 %, one decimal for 98.5–100.7 % (whole ones would label its ticks "99%, 99%").
 */
function percentFormat(values: (number | null)[], lang: Lang): (v: number) => string {
  const finite = values.filter((v): v is number => v !== null && Number.isFinite(v));
  const span = finite.length > 1 ? Math.max(...finite) - Math.min(...finite) : 1;
  if (span >= 0.2) return (v: number) => formatPercent(v, lang, false, 0);
  const decimals = span >= 0.02 ? 1 : 2;
  const percent = new Intl.NumberFormat(localeOf(lang), {
    style: 'percent',
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  });
  return (v: number) => (Number.isFinite(v) ? percent.format(v).replace('-', '−') : formatPercent(v, lang));
}

/**
 * The tornado of "what moves the verdict": the headline rebound (on compute served, from the shock
 * to the run's end) with each uncertain parameter at the p5 and p95 of its distribution, the
 * others at the scenario's values. Rows with no effect are left out; rebounds show as
 * percentages, like the verdict panel.
 */
export function tornadoSpec(sensitivity: SensitivityResult, lang: Lang): TornadoSpec {
  const base = sensitivity.base.reboundServedCompute;
  const shown = sensitivity.tornado.reboundServedCompute
    .filter((row) => row.swing > 0 || row.lowOutput === null || row.highOutput === null)
    .slice(0, TORNADO_ROWS);
  const format = percentFormat([base, 1, ...shown.flatMap((row) => [row.lowOutput, row.highOutput])], lang);
  const rows: TornadoRowSpec[] = shown.map((row) => {
    const def = paramDef(row.paramId);
    return {
      id: row.paramId,
      label: pick(def.label, lang),
      lowText: formatParam(def, row.low, lang),
      highText: formatParam(def, row.high, lang),
      low: row.lowOutput,
      high: row.highOutput,
    };
  });
  const baseText = base === null ? sensitivityText(lang, 'undefinedValue') : format(base);
  return {
    id: 'tornado',
    title: t(lang, 'jevons.tornadoTitle'),
    axisLabel: sensitivityText(lang, 'tornadoAxis'),
    base,
    reference: { value: 1, label: sensitivityText(lang, 'reference') },
    rows,
    format,
    labels: {
      noData: sensitivityText(lang, 'noRows'),
      undefinedValue: sensitivityText(lang, 'undefinedValue'),
      lowEnd: sensitivityText(lang, 'lowEnd'),
      highEnd: sensitivityText(lang, 'highEnd'),
      readout: (row, lowOut, highOut) =>
        sensitivityText(lang, 'readout', {
          label: row.label,
          low: row.lowText,
          high: row.highText,
          lowOut,
          highOut,
          base: baseText,
        }),
      summary: sensitivityText(lang, 'summary'),
    },
  };
}

/**
 * The tornado's spec for the result on screen, rebuilt only when the tornado or the language
 * changes. A first pass has no tornado yet: the last one stays (in this language; a drag moves it
 * little), and before any there is none.
 */
export class LastTornado {
  private cache: { sensitivity: SensitivityResult; lang: Lang; spec: TornadoSpec } | null = null;

  spec(sensitivity: SensitivityResult | null, lang: Lang): TornadoSpec | null {
    if (!sensitivity) return this.cache?.lang === lang ? this.cache.spec : null;
    if (this.cache?.sensitivity !== sensitivity || this.cache.lang !== lang) {
      this.cache = { sensitivity, lang, spec: tornadoSpec(sensitivity, lang) };
    }
    return this.cache.spec;
  }
}
