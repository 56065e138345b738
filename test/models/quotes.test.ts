import { describe, expect, it } from 'vitest';
import { type ArticleId, articles, parameters, presets, referencePoints } from '../../models';
import * as q000 from '../../models/sources/quotes-000';
import * as q001 from '../../models/sources/quotes-001';
import * as q002 from '../../models/sources/quotes-002';
import * as q003 from '../../models/sources/quotes-003';
import * as q004 from '../../models/sources/quotes-004';
import { seedText, sourceProblems } from './seeds';

const modules = { '000': q000, '001': q001, '002': q002, '003': q003, '004': q004 };
const allQuotes = Object.entries(modules).flatMap(([prefix, mod]) =>
  Object.entries(mod).map(([name, source]) => ({ prefix, name, source })),
);

describe('quote constants', () => {
  it.each(allQuotes.map((q) => [q.name, q] as const))('%s is verbatim and translated', (name, q) => {
    expect(q.source.ref.startsWith(`${q.prefix}_`), `${name} lives in the file of its article`).toBe(true);
    expect(sourceProblems(q.source, name)).toEqual([]);
  });

  it('keeps one constant per sentence (a quote used twice is one constant)', () => {
    const texts = allQuotes.map((q) => `${q.source.ref}|${q.source.quote}`);
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('keeps the traditional script of 001 and 003 as printed', () => {
    expect(q001.Q001_LLAMA3.quote).toContain('相較之下');
    expect(q003.Q003_PRICE_COMPARISON.quote).toContain('據(jù)報(bào)道');
  });
});

describe('articles', () => {
  const ids = Object.keys(articles) as ArticleId[];

  it('describes all five seeds, each readable', () => {
    expect(ids.length).toBe(5);
    for (const id of ids) expect(seedText(id).length).toBeGreaterThan(1000);
  });

  it.each(ids.map((id) => [id, articles[id]] as const))('%s: metadata is complete', (id, a) => {
    expect(a.id).toBe(id);
    expect(a.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(Number.isNaN(Date.parse(a.date))).toBe(false);
    expect(a.titleEn.trim()).not.toBe('');
    expect(a.publisher.trim()).not.toBe('');
    expect(a.stanceEn.length).toBeGreaterThan(30);
    if (a.titlePrinted) expect(seedText(id)).toContain(a.title);
    expect(a.title.trim()).not.toBe('');
  });

  it('records the script each seed is printed in', () => {
    expect(articles['001_cd0bd4336ad8b4a5'].script).toBe('traditional');
    expect(articles['003_9df524cb6bf9a5c4'].script).toBe('traditional');
    for (const id of ['000_5de3f9a88975fe44', '002_a9600e04050fe6c4', '004_0cb6bd25cc8254ab'] as const) {
      expect(articles[id].script).toBe('simplified');
    }
  });
});

describe('quote use', () => {
  it('uses every quote constant in a parameter, preset or reference point', () => {
    const used = new Set<string>();
    const collect = (sources: readonly { kind: string; quote?: string }[]) => {
      for (const s of sources) if (s.kind === 'article' && s.quote) used.add(s.quote);
    };
    for (const p of parameters) collect(p.sources);
    for (const p of presets) collect(p.view);
    for (const r of referencePoints) collect(r.sources);
    const orphans = allQuotes.filter((q) => !used.has(q.source.quote)).map((q) => q.name);
    expect(orphans).toEqual([]);
  });
});

describe('seed lookup', () => {
  it('names the expected seeds directory when an article is missing', () => {
    expect(() => seedText('999_missing' as ArticleId)).toThrow(/\.\.\/shared\/seeds/);
  });
});
