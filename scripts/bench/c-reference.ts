import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ModelInputs } from '../../src/engine/model-inputs';

/** The order in which c-loop.c reads its parameters from argv. */
const PARAMS = [
  'shockMonth',
  'challengerShareMax',
  'challengerShareMonths',
  'challengerPriceRatio',
  'incumbentResponse',
  'pricePerMTok',
  'priceDeclinePerYear',
  'tokensPerMonth',
  'elasticity',
  'demandLagMonths',
  'adoptionCeiling',
  'adoptionMidpointMonths',
  'tokensPerTaskGrowthPerYear',
  'flopsPerToken',
  'challengerFlopsRatio',
  'algorithmicGainPerYear',
  'gpuPeakFlops',
  'inferenceUtilization',
  'hardwareGainPerYear',
  'gpuHourCost',
  'trainingGpuHoursPerMonth',
  'trainingGrowthPerYear',
  'trainingEfficiencyRatio',
  'trainingEfficiencyAdoption',
  'gpuCapexPerGpu',
  'gpuLifetimeYears',
  'fleetUtilization',
  'maxFleetGrowthPerYear',
] as const;

/**
 * Compiles the C version of the loop with gcc -O2 and runs it on the same inputs. Returns null
 * where no C compiler is installed (the bench then says so and goes on).
 */
export function cReference(
  inputs: ModelInputs,
): { nsPerMonth: number; cumulativeSpendDemanded: number } | null {
  const dir = mkdtempSync(join(tmpdir(), 'jevons-c-'));
  const binary = join(dir, 'c-loop');
  try {
    execFileSync('gcc', ['-O2', '-o', binary, 'scripts/bench/c-loop.c', '-lm'], { stdio: 'ignore' });
  } catch {
    return null;
  }
  const args = [String(inputs.p.horizonMonths), ...PARAMS.map((id) => String(inputs.p[id]))];
  const [ns, cum] = execFileSync(binary, args, { encoding: 'utf8' }).trim().split(' ').map(Number);
  return { nsPerMonth: ns, cumulativeSpendDemanded: cum };
}
