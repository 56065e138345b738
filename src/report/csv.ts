/**
 * CSV for spreadsheets (RFC 4180): fields with commas, quotes or line breaks are quoted, quotes
 * doubled. Text cells that begin with = + - @ (or a tab or carriage return) are prefixed with a single
 * quote, so a spreadsheet shows them instead of running them as a formula — a scenario name like
 * `=HYPERLINK("…")` must stay text (OWASP "CSV injection"). Numbers are written as numbers: a number
 * cannot be a formula, and "-0.5" must stay a negative number. Non-finite numbers become empty cells.
 */

export type CsvCell = string | number | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell as it appears in the file. */
export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The whole table, header first, each line ended by "\n". */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const lines = [header.map(csvCell).join(',')];
  for (const row of rows) lines.push(row.map(csvCell).join(','));
  return `${lines.join('\n')}\n`;
}
