import { en, type MessageKey, type Messages } from './en';
import { TextCache } from './text-cache';
import { zh } from './zh';

const LANGS = ['en', 'zh'] as const;
export type Lang = (typeof LANGS)[number];

export type { MessageKey } from './en';

const catalogues: Record<Lang, Messages> = { en, zh };

/** Values a message placeholder accepts; numbers must be formatted by the caller (units, 万/亿). */
export type MessageParams = Readonly<Record<string, string | number>>;

/**
 * Returns the message `key` in `lang` with each `{name}` replaced by `params[name]`.
 * A placeholder without a value stays visible as `{name}` so the gap shows in review, not as "undefined".
 */
export const t = messagesOf<MessageKey>(catalogues);

/**
 * A `t()` over catalogues of its own, one text per key in each language: the words of a part that
 * loads on demand (the observed figures, the uncertainty panel) travel in that part's chunk.
 */
export function messagesOf<K extends string>(
  texts: Record<Lang, Readonly<Record<K, string>>>,
): (lang: Lang, key: K, params?: MessageParams) => string {
  return (lang, key, params) => fill(texts[lang][key], params);
}

/** `text` with each `{name}` replaced by `params[name]` (one left visible when it has no value). */
function fill(text: string, params?: MessageParams): string {
  if (!params) return text;
  // [text, name, text, name, …, text]: the names at the odd places.
  const parts = messageParts(text);
  let out = parts[0];
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i];
    out += (Object.hasOwn(params, name) ? String(params[name]) : `{${name}}`) + parts[i + 1];
  }
  return out;
}

/** Each message's parts (messageParts), by its text. */
const partsByText = new TextCache<string[]>(2000);

/**
 * A message's text split at its `{name}` placeholders into the text between them and their names,
 * alternating and starting and ending with text (`'a {x} b'` → `['a ', 'x', ' b']`); split once per
 * text: a slider step fills a few dozen messages, which then cost a few string joins each instead
 * of a regular-expression replace with a callback.
 */
function messageParts(text: string): string[] {
  return partsByText.get(text, () => text.split(/\{(\w+)\}/));
}

/** True for the ids the app knows how to speak. */
export function isLang(value: unknown): value is Lang {
  return value === 'en' || value === 'zh';
}

/** The BCP 47 tag for `<html lang>` and `Intl`. */
export function localeOf(lang: Lang): string {
  return lang === 'zh' ? 'zh-CN' : 'en-US';
}

/** Picks the English or Chinese text of a catalogue label `{ en, zh }`. */
export function pick(text: { en: string; zh: string }, lang: Lang): string {
  return text[lang] || text.en;
}
