/** Plain-number and percent text, read without mathjs so numeric scenarios never load it. */

const NUMBER = /^[+-]?(?:\d+(?:_?\d+)*\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const PERCENT = /^([+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)\s*%$/;

/** The number in text like "1.5", "-2e-3" or "1_000", or undefined if the text is anything else. */
export function parsePlainNumber(text: string): number | undefined {
  const trimmed = text.trim();
  if (!NUMBER.test(trimmed)) return undefined;
  return Number(trimmed.replaceAll('_', ''));
}

/** "30%" → 0.3; undefined if the text is not a percentage. */
export function parsePercent(text: string): number | undefined {
  const match = PERCENT.exec(text.trim());
  return match ? Number(match[1]) / 100 : undefined;
}
