import { type JevonsOptions, jevons } from '../engine/jevons';
import type { Basis, JevonsResult, Scenario } from '../model/types';
import { watchCurve } from './curve-watch';
import { formatNumber, makeError, type ScenarioError } from './errors';
import { hiddenRunProblem } from './hidden-runs';
import { runProblem } from './run-check';

/** A basis whose decomposition is not shown, and why (its runs state no answer). */
export interface WithheldDecomposition {
  basis: Basis;
  reason: string;
}

export type CheckedJevons =
  | { ok: true; result: JevonsResult; withheld: WithheldDecomposition[] }
  | { ok: false; error: ScenarioError };

/**
 * How far a decomposition effect may exceed the totals of the verdict's own runs before its runs are
 * examined: each effect is a difference of two runs' totals, of the order of those totals; $1e111
 * beside totals of $1e13 comes from a counterfactual run that went wrong.
 */
const EFFECT_SCALE = 1e4;

/** The bases on which some effect of the decomposition is far out of scale with the verdict's totals. */
function outOfScale(result: JevonsResult): { basis: Basis; effect: number; scale: number }[] {
  const out: { basis: Basis; effect: number; scale: number }[] = [];
  for (const d of result.decomposition) {
    const v = result.verdicts.find((x) => x.basis === d.basis && x.horizonMonths === d.horizonMonths);
    const scale = Math.max(Math.abs(d.total), v ? Math.max(Math.abs(v.base), Math.abs(v.scenario)) : 0);
    const worst = Object.values(d.effects).reduce((m, e) => (Math.abs(e) > Math.abs(m) ? e : m), 0);
    if (!(Math.abs(worst) <= EFFECT_SCALE * scale)) out.push({ basis: d.basis, effect: worst, scale });
  }
  return out;
}

/** The break-even must be a number or none: NaN there is a false answer as well. */
function breakEvenProblem(result: JevonsResult): ScenarioError | undefined {
  for (const [basis, breakEven] of Object.entries(result.breakEvenElasticity)) {
    if (breakEven.value !== null && !Number.isFinite(breakEven.value)) {
      return makeError(
        '$',
        'finite',
        null,
        `the break-even elasticity on ${basis} is ${formatNumber(breakEven.value)}: these settings push the model past what it can compute`,
      );
    }
  }
  return undefined;
}

/**
 * The Jevons verdict of a scenario the reader has accepted, or why it states no answer. Refused:
 * a run of the verdict that leaves the finite numbers, and a demand curve that gives an unusable value (not a finite number, negative,
 * or above MAX_DEMAND_INDEX × the start demand) at a price any run reaches — the verdict's three,
 * and also the break-even search's and the decomposition's, which jevons() does not return. The
 * error names the month, the value and the run; the CLI exits 2 with it, the library throws it.
 *
 * A decomposition whose own counterfactual runs state no answer — an effect not finite or far out
 * of scale with the totals, as the $1e111 of runs whose rental price sat at the search's limit
 * before the engine rationed such months at r(ū) — is not shown: it leaves the result, and
 * `withheld` says why, with the run and the month. The verdict does not rest on it.
 */
export function checkedJevons(scenario: Scenario, options: JevonsOptions = {}): CheckedJevons {
  const watch = watchCurve(scenario);
  const result = jevons(watch.scenario, options);
  const shown = runProblem(scenario, [result.scenario, result.base, result.mechanical]);
  if (shown) return { ok: false, error: shown };
  const runs = { decomposition: options.decomposition !== false, breakEven: options.breakEven !== false };
  const brokenAt = watch.brokenAt();
  if (brokenAt.length > 0) {
    const curve = hiddenRunProblem('curve', scenario, brokenAt, runs);
    if (curve) return { ok: false, error: curve };
  }
  const broken = breakEvenProblem(result);
  if (broken) return { ok: false, error: broken };
  const wild = outOfScale(result);
  const nonFinite = result.decomposition.filter(
    (d) => !Number.isFinite(d.total) || Object.values(d.effects).some((e) => !Number.isFinite(e)),
  );
  if (wild.length === 0 && nonFinite.length === 0) return { ok: true, result, withheld: [] };
  const found = hiddenRunProblem('run', scenario, [], { decomposition: true, breakEven: false });
  const withheld: WithheldDecomposition[] = result.decomposition
    .filter((d) => nonFinite.includes(d) || wild.some((w) => w.basis === d.basis))
    .map((d) => {
      const w = wild.find((x) => x.basis === d.basis);
      const why = w
        ? `an effect of ${formatNumber(w.effect)} ${d.unit} beside totals of ${formatNumber(w.scale)} ${d.unit}`
        : 'an effect that is not a finite number';
      return { basis: d.basis, reason: found ? `${why}: ${found.message}` : why };
    });
  const kept = result.decomposition.filter((d) => !withheld.some((w) => w.basis === d.basis));
  return { ok: true, result: { ...result, decomposition: kept }, withheld };
}
