/**
 * Text a user wrote, made safe to print: control characters (terminal escape sequences, carriage
 * returns, bidirectional overrides) are shown as visible escapes instead of being obeyed by the
 * terminal, and long text is cut so a 1 MB value is never echoed whole.
 */

// C0 controls except tab and newline, DEL, C1 controls, and the bidi embedding/override/isolate marks.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** `text` with every control character written as `\xNN` / `\uNNNN` (newlines and tabs kept). */
export function printable(text: string): string {
  return text.replace(UNSAFE, (ch) => {
    const code = ch.charCodeAt(0);
    return code <= 0xff
      ? `\\x${code.toString(16).padStart(2, '0')}`
      : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/** Text cut to `max` characters with an ellipsis. */
export function cut(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** A user's value as it appears in a message: cut, made printable, in single quotes. */
export function quoted(value: unknown, max = 60): string {
  return `'${printable(cut(String(value), max))}'`;
}

/** One line for a terminal: printable, and no newlines either (a name is one line). */
export function oneLine(text: string, max = 200): string {
  return printable(cut(text, max)).replace(/[\n\t]/g, ' ');
}
