/**
 * Breaks `text` into lines no wider than `width` (as `measure` says), at spaces — and between any
 * two CJK characters, which Chinese breaks without spaces. A word longer than the width (a URL)
 * is cut where it must be. Never returns an empty list for non-empty text.
 */
export function wrapText(text: string, width: number, measure: (s: string) => number): string[] {
  const tokens =
    text.match(/[\u2e80-\u9fff\uff00-\uffef][，。；：、）]?|[^\s\u2e80-\u9fff\uff00-\uffef]+|\s+/g) ?? [];
  const lines: string[] = [];
  let line = '';
  const push = () => {
    if (line.trim() !== '') lines.push(line.trimEnd());
    line = '';
  };
  for (const token of tokens) {
    if (/^\s+$/.test(token)) {
      if (line !== '') line += ' ';
      continue;
    }
    if (measure(line + token) <= width) {
      line += token;
      continue;
    }
    if (line.trim() !== '') push();
    // A token wider than the whole line (a long link) is cut into pieces that fit.
    let rest = token;
    while (measure(rest) > width && rest.length > 1) {
      let n = rest.length - 1;
      while (n > 1 && measure(rest.slice(0, n)) > width) n--;
      lines.push(rest.slice(0, n));
      rest = rest.slice(n);
    }
    line = rest;
  }
  push();
  return lines;
}
