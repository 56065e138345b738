import { type Lang, localeOf } from './i18n';
import { TextCache } from './text-cache';
import { formatUnitSuffix } from './units';

/** What the page shows in place of a number that is not finite. */
export const MISSING = '—';

/** A formatted value: `text` is "—" when the number could not be shown, and `reason` says why. */
interface Display {
  text: string;
  reason?: string;
}

const compactCache = new Map<string, Intl.NumberFormat>();

function formatter(lang: Lang, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = lang + JSON.stringify(options);
  let f = compactCache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(localeOf(lang), options);
    compactCache.set(key, f);
  }
  return f;
}

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** Formatted numbers by language, digits and value. */
const formatted = new TextCache<string>(2000);

function scientific(value: number, digits: number): string {
  const exponent = Math.floor(Math.log10(Math.abs(value)));
  const mantissa = value / 10 ** exponent;
  const power = String(Math.abs(exponent))
    .split('')
    .map((d) => SUPERSCRIPT[Number(d)])
    .join('');
  return `${mantissa.toPrecision(digits)}×10${exponent < 0 ? '⁻' : ''}${power}`;
}

/**
 * Returns a plain number for people: English with thousands separators below 10,000 and K/M/B/T
 * above; Chinese with 万/亿/万亿 (Intl's compact notation gives exactly those). Beyond the largest
 * unit, and for tiny magnitudes, a ×10ⁿ form. Non-finite input gives "—".
 */
export function formatNumber(value: number, lang: Lang, digits = 3): string {
  if (!Number.isFinite(value)) return MISSING;
  // Axis ticks repeat the same few values on every redraw; Intl formatting is the slow part.
  return formatted.get(`${lang}${digits}|${value}`, () => formatFresh(value, lang, digits));
}

function formatFresh(value: number, lang: Lang, digits: number): string {
  const abs = Math.abs(value);
  if (abs === 0) return '0';
  const top = lang === 'zh' ? 1e16 : 1e15;
  if (abs >= top || abs < 1e-3) return scientific(value, digits);
  if (abs < 1e4) {
    return formatter(lang, {
      maximumSignificantDigits: Math.max(digits, Math.ceil(Math.log10(abs + 1))),
    }).format(value);
  }
  return formatter(lang, { notation: 'compact', maximumSignificantDigits: digits }).format(value);
}

/** Returns a percentage from a share (0.38 → "38%"), with an explicit sign when `signed`. */
export function formatPercent(share: number, lang: Lang, signed = false, digits = 2): string {
  if (!Number.isFinite(share)) return MISSING;
  const pct = share * 100;
  const body = formatNumber(Math.abs(pct), lang, Math.abs(pct) < 1 ? 1 : digits);
  const sign = signed ? (pct > 0 ? '+' : pct < 0 ? '−' : '') : pct < 0 ? '−' : '';
  return `${sign}${body}%`;
}

/**
 * Returns `value` in `unit` as people read it in `lang`: "$300B" / "3000亿美元", "45%", "12 months" /
 * "12 个月", "2.5×/yr" / "每年 2.5 倍". Units are the catalogue's and SERIES_UNITS' strings.
 */
export function formatValue(value: number, unit: string, lang: Lang): string {
  return displayValue(value, unit, lang).text;
}

/** Like `formatValue` but says why a value shows as "—". */
function displayValue(value: number, unit: string, lang: Lang): Display {
  if (!Number.isFinite(value)) {
    return { text: MISSING, reason: lang === 'zh' ? '不是有限数' : 'not a finite number' };
  }
  if (unit === 'share') return { text: formatPercent(value, lang) };
  if (unit === 'USD' || unit.startsWith('USD/')) {
    const per = unit === 'USD' ? '' : unit.slice(4);
    const n = formatNumber(value, lang);
    const perText = per ? formatUnitSuffix(per, lang) : '';
    if (lang === 'zh') return { text: `${n}美元${perText ? `/${perText}` : ''}` };
    const sign = value < 0 ? '−' : '';
    return { text: `${sign}$${n.replace(/^-/, '')}${perText ? `/${perText}` : ''}` };
  }
  if (unit.startsWith('×')) {
    const n = formatNumber(value, lang);
    const rest = unit.slice(1).trim();
    if (rest === '/yr') return { text: lang === 'zh' ? `每年 ${n} 倍` : `${n}×/yr` };
    if (rest === 'of start') return { text: lang === 'zh' ? `起点的 ${n} 倍` : `${n}× of start` };
    return { text: lang === 'zh' ? `${n} 倍${rest ? ` ${rest}` : ''}` : `${n}×${rest ? ` ${rest}` : ''}` };
  }
  const suffix = formatUnitSuffix(unit, lang);
  return { text: suffix ? `${formatNumber(value, lang)} ${suffix}` : formatNumber(value, lang) };
}
