import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { messagesOf } from '../../web/i18n/i18n';

/** The suite's seed (test/setup/fast-check-seed.ts): a failure prints it, JEVONS_FC_SEED replays it. */
const RUNS = { numRuns: 500 };

/** The plain rule, apart from the code under test: each `{name}` with a value is replaced by it. */
function reference(text: string, params: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

const name = fc.constantFrom('label', 'value', 'n', 'x_1', 'count');
const piece = fc.oneof(
  fc.string({ maxLength: 6 }),
  name.map((n) => `{${n}}`),
  fc.constantFrom('{', '}', '{}', '{ label}', '万', '{{n}}'),
);

describe('messagesOf fills a message', () => {
  it('replaces each {name} that has a value and leaves the rest of the text as it is', () => {
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 8 }).map((parts) => parts.join('')),
        fc.dictionary(name, fc.oneof(fc.string({ maxLength: 5 }), fc.double({ noNaN: true }))),
        fc.boolean(),
        (text, params, twice) => {
          const t = messagesOf({ en: { k: text }, zh: { k: text } });
          if (twice) t('en', 'k', params); // the second fill of a text uses its split parts
          expect(t('zh', 'k', params)).toBe(reference(text, params));
        },
      ),
      RUNS,
    );
  });

  it('gives the text itself without parameters', () => {
    const t = messagesOf({ en: { k: 'at {n} ({unit})' }, zh: { k: '在 {n}' } });
    expect(t('en', 'k')).toBe('at {n} ({unit})');
    expect(t('zh', 'k', { n: 3 })).toBe('在 3');
  });
});
