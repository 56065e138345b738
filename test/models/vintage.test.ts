// The catalogue's defaults are set for the Feb-2025 vintage: each must rest on at least one source
// published by 2025-02-28 that is not marked context-only. What was published later may be shown,
// but only as context: it is how the model will be judged, not what sets it.
import { describe, expect, it } from 'vitest';
import {
  type ParameterDef,
  type Source,
  VINTAGE,
  isSourceDate,
  latestDay,
  parameters,
  presets,
  publishedAfter,
  publishedBy,
  referencePoints,
  supportingSources,
} from '../../models';
import {
  DEEPSEEK_DAY6,
  DELOITTE_INFERENCE_SHARE,
  EPOCH_CHIP_COUNT,
} from '../../models/sources/external-compute';
import { EPOCH_RESPONSE_LENGTH } from '../../models/sources/external-demand';
import { NBER_MARKET_FOR_INTELLIGENCE } from '../../models/sources/external-economics';
import { EPOCH_PRICE_DECLINE, GUNDLACH_PRICE_OF_PROGRESS } from '../../models/sources/external-prices';

/** Parameters whose default rests only on sources published after `asOf` or marked context-only. */
function unsupportedDefaults(params: readonly ParameterDef[], asOf: string): string[] {
  return params
    .filter((p) => supportingSources(p.sources, asOf).length === 0)
    .map(
      (p) =>
        `${p.id}: ${p.sources.map((s) => `${s.kind} ${s.date}${s.contextOnly ? ' (context)' : ''}`).join(', ')}`,
    );
}

const every = (): Source[] => [
  ...parameters.flatMap((p) => p.sources),
  ...presets.flatMap((p) => p.view),
  ...referencePoints.flatMap((r) => r.sources),
];

describe('vintage', () => {
  it('is the articles’ time', () => {
    expect(VINTAGE).toBe('2025-02-28');
  });

  it('reads partial dates as spans', () => {
    expect(isSourceDate('2025')).toBe(true);
    expect(isSourceDate('2025-02')).toBe(true);
    expect(isSourceDate('2025-02-29')).toBe(false);
    expect(isSourceDate('2025-13')).toBe(false);
    expect(isSourceDate('Feb 2025')).toBe(false);
    expect(latestDay('2024-02')).toBe('2024-02-29');
    expect(publishedBy('2025-02', VINTAGE)).toBe(true);
    expect(publishedBy('2025', VINTAGE)).toBe(false);
    expect(publishedAfter('2025', VINTAGE)).toBe(false);
    expect(publishedAfter('2025-03', VINTAGE)).toBe(true);
  });

  it('rests every default on a supporting source published by 2025-02-28', () => {
    expect(unsupportedDefaults(parameters, VINTAGE)).toEqual([]);
  });

  it('would catch a default resting only on later or context-only sources', () => {
    const only = (sources: Source[]): ParameterDef => ({ ...parameters[0], sources });
    const later = { ...EPOCH_PRICE_DECLINE, contextOnly: undefined };
    expect(unsupportedDefaults([only([EPOCH_PRICE_DECLINE])], VINTAGE)).toHaveLength(1);
    expect(unsupportedDefaults([only([later])], VINTAGE)).toHaveLength(1);
    expect(
      unsupportedDefaults([only([{ ...EPOCH_PRICE_DECLINE, date: '2025-02-01' }])], VINTAGE),
    ).toHaveLength(1);
  });

  it('marks the sources known to be later as context only', () => {
    const later = [
      EPOCH_PRICE_DECLINE,
      NBER_MARKET_FOR_INTELLIGENCE,
      DELOITTE_INFERENCE_SHARE,
      GUNDLACH_PRICE_OF_PROGRESS,
      EPOCH_RESPONSE_LENGTH,
      DEEPSEEK_DAY6,
      EPOCH_CHIP_COUNT,
    ];
    for (const s of later) {
      expect(publishedAfter(s.date, VINTAGE), s.ref).toBe(true);
      expect(s.contextOnly, s.ref).toBe(true);
      expect(s.note?.startsWith('Context only: published after the Feb-2025 vintage'), s.ref).toBe(true);
    }
  });

  it('marks every later source context-only, everywhere in the catalogue', () => {
    const unmarked = every()
      .filter((s) => publishedAfter(s.date, VINTAGE) && !s.contextOnly)
      .map((s) => `${s.kind} ${s.ref} ${s.date}`);
    expect(unmarked).toEqual([]);
  });

  it('dates our own assumptions at the vintage unless they rest on something later', () => {
    const assumptions = every().filter((s) => s.kind === 'assumption');
    expect(assumptions.length).toBeGreaterThan(0);
    for (const s of assumptions) expect(publishedBy(s.date, VINTAGE) || s.contextOnly, s.ref).toBe(true);
  });
});
