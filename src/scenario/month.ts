/** Month labels "YYYY-MM" and month indices (year × 12 + month − 1), as the catalogue stores startMonth. */

const LABEL = /^(\d{4})-(\d{2})$/;

/** "YYYY-MM" for a month index (year × 12 + month − 1); 24300 → "2025-01". */
export function monthIndexToLabel(index: number): string {
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

/** The month index of a "YYYY-MM" label, or undefined when the text is not such a label (month 01–12). */
export function labelToMonthIndex(label: string): number | undefined {
  const match = LABEL.exec(label.trim());
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  if (month < 1 || month > 12) return undefined;
  return year * 12 + month - 1;
}
