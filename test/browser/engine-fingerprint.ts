import { jevons } from '../../src/engine/jevons';
import { sweep } from '../../src/engine/sweep';
import { SERIES_IDS, type Scenario, type SimulationResult } from '../../src/model/types';
import { scenarioFromPreset } from '../../src/scenario/from-preset';
import { parseScenario } from '../../src/scenario/parse';
import { monteCarlo } from '../../src/uncertainty/monte-carlo';

function runNumbers(run: SimulationResult, out: number[]): void {
  for (const id of SERIES_IDS) out.push(...run.series[id]);
  for (const tier of run.tiers) out.push(...run.tokensByTier[tier], ...run.listPriceByTier[tier]);
  out.push(...Object.values(run.totals));
}

/**
 * Every number the version-2 engine produces for a few scenarios — all series (tier series too) of
 * the three Jevons runs, their totals, every verdict, the break-even elasticities, the
 * decomposition, an elasticity sweep and a seeded Monte Carlo — flattened into one array. Bundled
 * into the browser by bit-identical.test.ts and compared with the same function run in Node.
 */
export function engineFingerprint(): number[] {
  const scenarios: Scenario[] = ['deepseek-shock', 'reservation-curve', 'textbook', 'efficiency-bear'].map(
    scenarioFromPreset,
  );
  const parsed = parseScenario({
    name: 'expressions',
    parameters: {
      elasticity: '1.1 + 0.05 * year',
      rentalPriceFloor: '0.5 * 0.95^year',
      costOfCapital: 'min(0.2, 0.08 + 0.01 * year)',
    },
  });
  if (!parsed.ok) throw new Error(parsed.errors.map((e) => e.message).join('; '));
  scenarios.push(parsed.scenario);
  const out: number[] = [];
  for (const scenario of scenarios) {
    const result = jevons(scenario);
    for (const run of [result.base, result.mechanical, result.scenario]) runNumbers(run, out);
    for (const v of result.verdicts)
      out.push(v.value ?? -1, v.base, v.mechanical, v.scenario, v.changeVsBase);
    out.push(result.demandedDiagnostic.value ?? -1);
    out.push(
      result.breakEvenElasticity.servedCompute.value ?? -1,
      result.breakEvenElasticity.capex.value ?? -1,
    );
    for (const d of result.decomposition) out.push(d.total, ...Object.values(d.effects));
  }
  const swept = sweep(scenarios[0], 'elasticity', [0.3, 0.9, 1.5, 2.4]);
  for (const path of Object.values(swept.bases)) out.push(...path.base, ...path.mechanical, ...path.scenario);
  const mc = monteCarlo(scenarios[0], { samples: 200, seed: 42 });
  const q = mc.quantiles;
  out.push(...q.capex!.p5, ...q.servedHours!.p50, ...q.rentalPrice!.p95, ...q.tokensServed!.p25);
  out.push(...mc.sampleOutputs.reboundServedCompute, ...mc.sampleOutputs.changeCapex);
  out.push(mc.probabilityBackfire.value, mc.probabilityBackfireCapex.value);
  return out;
}
