/**
 * The compiled reference of `npm run bench`: scripts/bench/c-loop.c (the scenario run of
 * src/engine/run-model.ts ported to C) built with gcc -O2 and run on the same ModelInputs. Used by
 * the bench (nanoseconds per simulated month: the limit the engine is measured against) and by
 * test/engine/c-reference.test.ts (its totals and series equal the engine's to ~1e-9).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TIER_PARAM_IDS } from '../../models/tiers';
import * as DET_MATH_TABLES from '../../src/math/det-math-tables';
import { HOURS_PER_MONTH, HOURS_PER_YEAR, historyMonths } from '../../src/engine/calendar';
import { RENTAL_SEARCH_LIMIT } from '../../src/engine/compute-market';
import { CURVE, type ModelInputs, tierInputs } from '../../src/engine/model-inputs';
import type { RunTotals, SeriesId } from '../../src/model/types';
import { CLOCK } from './timing';

/** Relative to the repository root, where `npm run bench` and vitest run (the bench runs bundled). */
const SOURCE = join(process.cwd(), 'scripts', 'bench', 'c-loop.c');

export interface CReferenceRun {
  nsPerMonth: number;
  months: number;
  totals: RunTotals;
  /** Every series by month, when asked for. */
  series: Partial<Record<SeriesId, Float64Array>>;
}

/**
 * Which exp/log the C loop takes: the C library's (`libm`, the fastest: what the bench times) or the
 * engine's deterministic port (`engine`, so that its numbers equal the engine's to the last bit).
 */
export type CMath = 'libm' | 'engine';

const compiled = new Map<CMath, string | null>();

/** Path of the compiled binary, or null where gcc is missing or fails (said once on stderr by the caller). */
export function compileCReference(math: CMath = 'libm', source = SOURCE): string | null {
  const known = compiled.get(math);
  if (known !== undefined) return known;
  const dir = mkdtempSync(join(tmpdir(), 'jevons-c-'));
  const binary = join(dir, 'c-loop');
  const flags = [
    '-O2',
    '-std=c11',
    '-D_POSIX_C_SOURCE=199309L',
    ...(math === 'engine' ? ['-DDET_MATH'] : []),
  ];
  try {
    execFileSync('gcc', [...flags, '-o', binary, source, '-lm'], { stdio: 'ignore' });
    compiled.set(math, binary);
  } catch {
    compiled.set(math, null);
  }
  return compiled.get(math) ?? null;
}

/** Why the C reference cannot run these inputs, or null when it can. */
export function unsupported(inputs: ModelInputs): string | null {
  const timed = Object.entries(inputs.paths).filter(([, path]) => path !== undefined);
  if (timed.length > 0) return `time-varying parameters (${timed.map(([id]) => id).join(', ')})`;
  if (inputs.curve === CURVE.expression) return 'an expression demand curve';
  return null;
}

/** The stdin of c-loop.c: every parameter by id, the tier arrays, the curve. */
function cInput(inputs: ModelInputs, options: { series?: boolean; minMs?: number } = {}): string {
  // Per-tier parameters travel as the tier arrays below.
  const perTier = new Set<string>(TIER_PARAM_IDS);
  const lines = Object.entries(inputs.p)
    .filter(([id]) => !perTier.has(id))
    .map(([id, value]) => `${id} ${value}`);
  const tiers = tierInputs(inputs.p);
  const arrays = {
    listPrice: tiers.listPrice,
    tokenShare: tiers.tokenShare,
    computeRatio: tiers.computeRatio,
    tokensPerTask: tiers.tokensPerTask,
    quality: tiers.quality,
    paidShare: tiers.paidShare,
    qualityShock: tiers.qualityShock,
  };
  for (const [name, values] of Object.entries(arrays))
    lines.push(`tier.${name} ${Array.from(values).join(' ')}`);
  // The engine's exp/log tables, for the build that takes them (-DDET_MATH); the other ignores them.
  for (const [name, values] of Object.entries(DET_MATH_TABLES))
    lines.push(`table.${name} ${typeof values === 'number' ? values : Array.from(values).join(' ')}`);
  lines.push(
    `const.hoursPerMonth ${HOURS_PER_MONTH}`,
    `const.hoursPerYear ${HOURS_PER_YEAR}`,
    `const.historyMonths ${historyMonths()}`,
    `const.rentalSearchLimit ${RENTAL_SEARCH_LIMIT}`,
    `curve ${inputs.curve}`,
    `series ${options.series ? 1 : 0}`,
    `minMs ${options.minMs ?? 100}`,
    `cpuClock ${CLOCK === 'cpu' ? 1 : 0}`,
  );
  return `${lines.join('\n')}\n`;
}

/**
 * Runs the C loop on `inputs` (the scenario run, every channel on). Returns null where there is
 * no C compiler; throws for inputs it does not support (see `unsupported`).
 */
export function cReference(
  inputs: ModelInputs,
  options: { series?: boolean; minMs?: number; math?: CMath } = {},
): CReferenceRun | null {
  const reason = unsupported(inputs);
  if (reason) throw new Error(`the C reference does not model ${reason}`);
  const binary = compileCReference(options.math);
  if (binary === null) return null;
  const text = execFileSync(binary, [], { input: cInput(inputs, options), encoding: 'utf8' });
  const values = new Map<string, string[]>();
  for (const line of text.trim().split('\n')) {
    const [name, ...rest] = line.split(' ');
    values.set(name, rest);
  }
  const num = (name: string) => Number(values.get(name)?.[0]);
  const series: CReferenceRun['series'] = {};
  for (const [name, rest] of values) {
    if (name.startsWith('series.')) series[name.slice(7) as SeriesId] = Float64Array.from(rest, Number);
  }
  return {
    nsPerMonth: num('nsPerMonth'),
    months: num('months'),
    totals: {
      cumulativeServedHours: num('cumulativeServedHours'),
      cumulativeComputeValue: num('cumulativeComputeValue'),
      cumulativeCapex: num('cumulativeCapex'),
      cumulativeRevenue: num('cumulativeRevenue'),
      cumulativeTokensServed: num('cumulativeTokensServed'),
      peakShortageShare: num('peakShortageShare'),
      finalFleetH100e: num('finalFleetH100e'),
      clearingEvaluations: num('clearingEvaluations'),
    },
    series,
  };
}
