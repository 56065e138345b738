/** A column of a plain-text table. Numbers align right, text left. */
export interface Column {
  header: string;
  /** Shown on a second header line under the header, e.g. "USD/Mtok". */
  unit?: string;
  align?: 'left' | 'right';
}

/**
 * Renders rows as an aligned table with a rule under the header (and the units, when any column has
 * one, on a second header line) — readable in a terminal, and stable for golden tests (no colour
 * codes, no box-drawing that breaks in narrow terminals).
 */
export function renderTable(columns: Column[], rows: string[][]): string {
  const hasUnits = columns.some((column) => column.unit);
  const widths = columns.map((column, i) =>
    Math.max(width(column.header), width(column.unit ?? ''), ...rows.map((row) => width(row[i] ?? ''))),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => (columns[i].align === 'right' ? padStart(cell, widths[i]) : padEnd(cell, widths[i])))
      .join('  ')
      .trimEnd();
  const header = [line(columns.map((column) => column.header))];
  if (hasUnits) header.push(line(columns.map((column) => column.unit ?? '')));
  const rule = widths.map((w) => '─'.repeat(w)).join('  ');
  return [...header, rule, ...rows.map(line)].join('\n') + '\n';
}

/** Display width: CJK characters take two terminal columns. */
function width(text: string): number {
  let w = 0;
  for (const ch of text)
    w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(
      ch,
    )
      ? 2
      : 1;
  return w;
}

function padStart(text: string, size: number): string {
  return ' '.repeat(Math.max(0, size - width(text))) + text;
}

function padEnd(text: string, size: number): string {
  return text + ' '.repeat(Math.max(0, size - width(text)));
}
