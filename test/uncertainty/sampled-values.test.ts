// Issue 11.3 in Monte Carlo, beyond the demand curve: a sampled run that holds a value that is not a
// finite number refuses the analysis — the first sample's index, the series (the field), the month
// and the value, and how many samples did — in the library and the CLI (exit 2), instead of bands
// that leave a NaN out without a word and a verdict that counts the sample as undefined.
//
// In-range draws keep the engine in the finite numbers (test/engine/bounds.test.ts, and the wide
// Monte Carlo below) except in a world with no tokens at all — every tier's share at 0, which the
// reader refuses as values but a distribution could draw (test/cli/mc-table.test.ts has that real
// case). To reach every run, series and value, the engine is wrapped here to break chosen samples.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parameters } from '../../models/index';
import { monteCarlo } from '../../src/index';
import { main } from '../../src/cli/main';
import type { Workspace } from '../../src/engine/workspace';
import { scenarioFromPreset } from '../../src/scenario/from-preset';
import { sensitivity } from '../../src/uncertainty/sensitivity';
import { memoryIO } from '../cli/memory-io';
import { refusal } from './refusal';

const broken = vi.hoisted(() => ({
  /** Calls of jevonsRuns (in this thread, one a sample, in order) whose run gets `value`. */
  calls: new Set<number>(),
  run: 2,
  series: 'rentalPrice',
  month: 30,
  value: Number.POSITIVE_INFINITY,
  seen: 0,
}));

vi.mock('../../src/engine/jevons', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/engine/jevons')>();
  return {
    ...original,
    jevonsRuns: (...args: Parameters<typeof original.jevonsRuns>) => {
      const result = original.jevonsRuns(...args);
      const call = broken.seen++;
      if (broken.calls.has(call)) {
        const ws = args[1 + broken.run] as Workspace;
        if (broken.series === 'tokensByTier') ws.tokensByTier[broken.month * ws.tiers + 1] = broken.value;
        else ws.series[broken.series as 'rentalPrice'][broken.month] = broken.value;
      }
      return result;
    },
  };
});

function breakCalls(calls: number[], change: Partial<typeof broken> = {}): void {
  Object.assign(
    broken,
    { run: 2, series: 'rentalPrice', month: 30, value: Number.POSITIVE_INFINITY },
    change,
  );
  broken.calls = new Set(calls);
  broken.seen = 0;
}

afterEach(() => breakCalls([]));

const SCENARIO = (() => {
  const s = scenarioFromPreset('deepseek-shock');
  s.parameters.horizonMonths = 24;
  return s;
})();

describe('Monte Carlo refuses a sample whose runs leave the finite numbers', { timeout: 120_000 }, () => {
  it('names the first sample, its run, the series, the month and the value, and the count', () => {
    breakCalls([9, 4]);
    const message = refusal(() => monteCarlo(SCENARIO, { samples: 12, seed: 5 }));
    expect(message).toBe(
      'rentalPrice: the scenario run of sample 4 reaches a value that is not a finite number: rentalPrice is infinity in 2025-07; 2 of 12 sampled runs state no answer, so the Monte Carlo states none; these settings push the model past what it can compute',
    );
  });

  it('any series, a tier series, NaN, and the base or the mechanical run', () => {
    breakCalls([0], { run: 0, series: 'capex', value: Number.NaN, month: 0 });
    expect(refusal(() => monteCarlo(SCENARIO, { samples: 3, seed: 5 }))).toMatch(
      /^capex: the base run of sample 0 reaches .*: capex is not a number in 2023-01; 1 of 3 sampled runs/,
    );
    breakCalls([2], { run: 1, series: 'tokensByTier', value: Number.NEGATIVE_INFINITY, month: 47 });
    expect(refusal(() => monteCarlo(SCENARIO, { samples: 3, seed: 5 }))).toMatch(
      /^tokensByTier\.\w+: the mechanical run of sample 2 .*: tokensByTier\.\w+ is −infinity in 2026-12; 1 of 3 sampled runs/,
    );
  });

  it('the same runs unbroken give a result', () => {
    breakCalls([]);
    expect(monteCarlo(SCENARIO, { samples: 12, seed: 5 }).samples).toBe(12);
  });

  it('the Sobol analysis refuses the same way, naming the design row and evaluation', () => {
    breakCalls([3]);
    expect(refusal(() => sensitivity(SCENARIO, { method: 'sobol', samples: 8 }))).toMatch(
      /^rentalPrice: the scenario run of design row \d+'s evaluation [^ ]+(?: of factor \d+)? reaches a value that is not a finite number: rentalPrice is infinity in 2025-07; 1 of \d+ evaluations state no answer, so the Sobol analysis states none/,
    );
  });

  it('the tornado shows such a swing end as undefined instead (it may swing into a world the reader refuses)', () => {
    // The textbook preset's one tier at token share 0 sells nothing: its runs are 0/0.
    const textbook = scenarioFromPreset('textbook');
    textbook.parameters.horizonMonths = 24;
    const rows = sensitivity(textbook, { samples: 0 }).tornado.changeServedCompute;
    const share = rows.find((r) => r.paramId === 'frontierTokenShare');
    expect(share?.low).toBe(0);
    expect(share?.lowOutput).toBeNull();
  });

  it('jevons mc exits 2 with the refusal, no stack, nothing on stdout', async () => {
    breakCalls([1]);
    const mem = memoryIO();
    const code = await main(
      ['mc', 'deepseek-shock', '--samples', '6', '--threads', '1', '--set', 'horizonMonths=24'],
      mem.io,
    );
    expect(code).toBe(2);
    expect(mem.stdout()).toBe('');
    expect(mem.stderr()).toMatch(
      /rentalPrice: the scenario run of sample 1 reaches a value that is not a finite number: rentalPrice is infinity in 2025-07; 1 of 6 sampled runs state no answer/,
    );
    expect(mem.stderr()).not.toMatch(/\n\s+at /);
  });
});

describe('no in-range draw leaves the finite numbers', () => {
  it('every parameter drawn over its whole range gives a result on every preset', {
    timeout: 300_000,
  }, () => {
    breakCalls([]);
    const wide: Record<string, unknown> = {};
    for (const def of parameters) {
      if (def.id === 'horizonMonths' || def.id === 'shockMonth' || def.integer) continue;
      wide[def.id] = { dist: 'uniform', min: def.min, max: def.max };
    }
    for (const preset of ['deepseek-shock', 'reservation-curve', 'textbook']) {
      const s = scenarioFromPreset(preset);
      s.parameters.horizonMonths = 48;
      const result = monteCarlo(s, {
        samples: 150,
        seed: 11,
        distributions: wide as never,
        bands: { series: ['rentalPrice'], tiers: false, yearly: false },
      });
      expect(result.samples, preset).toBe(150);
    }
  });
});
