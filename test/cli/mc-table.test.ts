// `jevons mc`'s table, in-process: the sampled distributions are listed in the report layer's words
// (src/report/distribution-text.ts, the app's panel uses the same), every number with its unit.
import { describe, expect, it } from 'vitest';
import { parameterById } from '../../models/index';
import { runCli as cli } from '../support/cli-harness';

describe('jevons mc, table: the uncertain parameters', { timeout: 120_000 }, () => {
  it('lists each with its family and numbers in its unit, never a raw exponent, NaN or placeholder', async () => {
    const r = await cli([
      'mc',
      'deepseek-shock',
      '--samples',
      '4',
      '--threads',
      '1',
      '--set',
      'horizonMonths=12',
    ]);
    expect(r.code).toBe(0);
    const head = /Uncertain parameters \((\d+)\):\n((?: {2}.*\n)+)/.exec(r.stdout);
    expect(head).not.toBeNull();
    const lines = (head?.[2] ?? '').trimEnd().split('\n');
    expect(lines).toHaveLength(Number(head?.[1]));
    for (const line of lines) {
      const [, id, text] = /^ {2}(\w+): (.*)$/.exec(line) ?? [];
      expect(id in parameterById, line).toBe(true);
      expect(text, line).toMatch(
        /^(fixed at|uniform from|triangular:|fitted, triangular:|normal:|lognormal:) /,
      );
      expect(text, line).not.toMatch(/e[+-]\d|NaN|Infinity|undefined|[{}]/);
      const unit = parameterById[id as keyof typeof parameterById].unit;
      if (unit === 'share') expect(text, line).toMatch(/%/);
      if (unit.startsWith('USD')) expect(text, line).toMatch(/\$/);
    }
  });
});

describe('jevons mc: a sample whose runs leave the finite numbers', { timeout: 120_000 }, () => {
  it('is refused with exit 2, the sample, the series and its value — not counted as an undefined rebound', async () => {
    // The textbook preset's one tier at token share 0 sells no tokens: every run is 0/0. The scenario
    // reader refuses it as a value; as a distribution it reached the engine, and the table said
    // "rebound undefined (the shock saves nothing) in 100% of samples" with exit 0.
    const file = JSON.stringify({
      name: 'no tokens',
      extends: 'textbook',
      parameters: { horizonMonths: 24 },
      distributions: { frontierTokenShare: { dist: 'fixed', value: 0 } },
    });
    const r = await cli(['mc', 's.json', '--samples', '5', '--threads', '1'], { 's.json': file });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(
      /^jevons: the Monte Carlo request is not valid:\n {2}tokensDemanded: the base run of sample 0 reaches a value that is not a finite number: tokensDemanded is not a number in 2023-01; 5 of 5 sampled runs state no answer/,
    );
    expect(r.stderr).not.toMatch(/NaN|\n\s+at /);
  });
});

describe('jevons mc, table: only the bands it prints', { timeout: 120_000 }, () => {
  it('asks for the yearly bands alone and prints what a run with every band gives (same seed)', async () => {
    const { monteCarlo } = await import('../../src/index');
    const { scenarioFromPreset } = await import('../../src/scenario/from-preset');
    const preset = scenarioFromPreset('deepseek-shock');
    const scenario = { ...preset, parameters: { ...preset.parameters, horizonMonths: 24 } };
    const lean = monteCarlo(scenario, {
      samples: 24,
      seed: 5,
      bands: { series: [], tiers: false, yearly: true },
    });
    const full = monteCarlo(scenario, { samples: 24, seed: 5 });
    expect(lean.bandedSeries).toEqual([]);
    expect(full.bandedSeries.length).toBeGreaterThan(0);
    expect(lean.verdicts).toEqual(full.verdicts);
    expect(lean.probabilityBackfire).toEqual(full.probabilityBackfire);
    expect(lean.byYear).toEqual(full.byYear);
    // …and the CLI's table is the same text with either: it reads nothing else.
    const r = await cli([
      'mc',
      'deepseek-shock',
      '--samples',
      '24',
      '--seed',
      '5',
      '--threads',
      '1',
      '--set',
      'horizonMonths=24',
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('GPU capex, per year');
  });
});
