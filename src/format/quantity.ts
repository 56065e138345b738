/**
 * Numbers for people: SI-style prefixes (k, M, B, T) with the unit, thousands separators for
 * counts, percentages for shares, and "—" rather than NaN or Infinity ever reaching the reader.
 */

const PREFIXES = [
  { factor: 1e15, suffix: 'P' },
  { factor: 1e12, suffix: 'T' },
  { factor: 1e9, suffix: 'B' },
  { factor: 1e6, suffix: 'M' },
  { factor: 1e3, suffix: 'k' },
] as const;

/**
 * English number formats, made once: `toLocaleString` with options builds a new formatter on every
 * call (~0.3 ms in Chromium, twice per slider step for one warning's message). The text is the same.
 */
const GROUPED = new Intl.NumberFormat('en-US');
const FIXED: Intl.NumberFormat[] = [];
function fixed(decimals: number): Intl.NumberFormat {
  FIXED[decimals] ??= new Intl.NumberFormat('en-US', {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  });
  return FIXED[decimals];
}

/** Three significant digits, no exponent for the ordinary range. */
function significant(value: number, digits = 3): string {
  if (value === 0) return '0';
  const magnitude = Math.floor(Math.log10(Math.abs(value)));
  const decimals = Math.max(0, Math.min(6, digits - 1 - magnitude));
  return fixed(decimals).format(value);
}

/** A number as `toLocaleString('en-US')` writes it (thousands separators, up to three decimals). */
export function grouped(value: number): string {
  return GROUPED.format(value);
}

/** 1.23e12 → "1.23 T"; values below 1,000 keep three significant digits; tiny values use e-notation. */
export function si(value: number): string {
  if (!Number.isFinite(value)) return '—';
  const abs = Math.abs(value);
  return minus(siText(value, abs));
}

function siText(value: number, abs: number): string {
  if (abs >= 1e18) return scientific(value);
  for (const { factor, suffix } of PREFIXES) {
    if (abs >= factor) return `${significant(value / factor)} ${suffix}`;
  }
  if (abs !== 0 && abs < 1e-3) return scientific(value);
  return Number.isInteger(value) ? String(value) : significant(value);
}

const SUPERSCRIPT: Record<string, string> = {
  '-': '⁻',
  '0': '⁰',
  '1': '¹',
  '2': '²',
  '3': '³',
  '4': '⁴',
  '5': '⁵',
  '6': '⁶',
  '7': '⁷',
  '8': '⁸',
  '9': '⁹',
};

/**
 * Beyond the prefixes a reader knows (P = 10¹⁵) and below a thousandth: "1.40×10¹⁸", as a reader
 * writes it, not JavaScript's "1.40e+18".
 */
function scientific(value: number): string {
  const [mantissa, exponent] = value.toExponential(2).split('e');
  const power = String(Number(exponent)).replace(/./g, (c) => SUPERSCRIPT[c] ?? c);
  return `${mantissa}×10${power}`;
}

/** A typographic minus for a leading hyphen, as money() and signedPercent() write it. */
function minus(text: string): string {
  return text.startsWith('-') ? `−${text.slice(1)}` : text;
}

/** A share as a percentage: 0.1234 → "12.3%". */
export function percent(value: number, digits = 1): string {
  if (!Number.isFinite(value)) return '—';
  return `${(value * 100).toFixed(digits)}%`;
}

/** A signed relative change: 0.38 → "+38.0%". */
export function signedPercent(value: number, digits = 1): string {
  if (!Number.isFinite(value)) return '—';
  return `${value >= 0 ? '+' : '−'}${Math.abs(value * 100).toFixed(digits)}%`;
}

/**
 * A value with its unit, formatted the way the unit reads best: money with "$", shares as percent,
 * everything else with an SI prefix before the unit.
 */
export function quantity(value: number, unit: string): string {
  if (!Number.isFinite(value)) return '—';
  if (unit === 'share') return percent(value);
  if (unit === 'USD') return money(value);
  if (unit.startsWith('USD/')) return `${money(value)}/${unit.slice(4)}`;
  if (unit.startsWith('USD ')) return `${money(value)} ${unit.slice(4)}`;
  const text = si(value);
  return unit ? `${text}${/[kMBTP]$/.test(text) ? '' : ' '}${unit}`.replace(/ ([kMBTP]) ?/, ' $1 ') : text;
}

/** "$5.58 M", "$0.0366", "−$1.2 B". */
export function money(value: number): string {
  if (!Number.isFinite(value)) return '—';
  const sign = value < 0 ? '−' : '';
  const abs = Math.abs(value);
  if (abs >= 1e3) return `${sign}$${si(abs)}`;
  if (abs === 0) return '$0';
  return `${sign}$${abs >= 0.01 ? abs.toFixed(abs >= 100 ? 0 : 2) : abs.toPrecision(3)}`;
}

/** A whole number with thousands separators: 4700000 → "4,700,000". */
export function count(value: number): string {
  if (!Number.isFinite(value)) return '—';
  return grouped(Math.round(value));
}
