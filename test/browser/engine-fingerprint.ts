import { jevons } from '../../src/engine/jevons';
import { SERIES_IDS, type Scenario } from '../../src/model/types';
import { scenarioFromPreset } from '../../src/scenario/from-preset';
import { parseScenario } from '../../src/scenario/parse';
import { monteCarlo } from '../../src/uncertainty/monte-carlo';

/**
 * Every number a scenario produces — all series of the three Jevons runs, the totals, rebound,
 * break-even, and a seeded Monte Carlo — flattened into one array. Bundled into the browser by
 * bit-identical.test.ts and compared with the same function run in Node.
 */
export function engineFingerprint(): number[] {
  const scenarios: Scenario[] = ['deepseek-shock', 'reservation-curve', 'efficiency-bear'].map(
    scenarioFromPreset,
  );
  const parsed = parseScenario({
    name: 'expressions',
    parameters: {
      elasticity: '1.1 + 0.05 * year',
      gpuHourCost: '2 * 0.9^year',
      incumbentResponse: 'min(0.8, 0.1 * year)',
    },
  });
  if (!parsed.ok) throw new Error(parsed.errors.map((e) => e.message).join('; '));
  scenarios.push(parsed.scenario);
  const out: number[] = [];
  for (const scenario of scenarios) {
    const result = jevons(scenario);
    for (const run of [result.base, result.mechanical, result.scenario]) {
      for (const id of SERIES_IDS) out.push(...run.series[id]);
      out.push(...Object.values(run.totals));
    }
    out.push(result.rebound.gpuSpend.value ?? -1, result.breakEvenElasticity.value ?? -1);
  }
  const mc = monteCarlo(scenarios[0], { samples: 300, seed: 42 });
  out.push(...mc.quantiles.gpuSpend.p5, ...mc.quantiles.gpuSpend.p50, ...mc.quantiles.tokens.p95);
  out.push(mc.probabilityBackfire.value);
  return out;
}
