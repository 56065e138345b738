import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { jevons } from '../../src/engine/jevons';
import { toModelInputs } from '../../src/engine/model-inputs';
import { runModel } from '../../src/engine/run-model';
import { linspace, sweep } from '../../src/engine/sweep';
import { createWorkspace } from '../../src/engine/workspace';
import { scenarioFromPreset } from '../../src/scenario/from-preset';
import { benchMonteCarlo } from './monte-carlo';
import { cReference } from './c-reference';
import { naiveRun } from './naive-model';
import { measure, msText, ns, row } from './timing';

const PRESET = 'deepseek-shock';
const scenario = scenarioFromPreset(PRESET);
const inputs = toModelInputs(scenario);
const months = inputs.p.horizonMonths;
const ws = createWorkspace(months);

console.log(`Jevons benchmark — Node ${process.version}, preset ${PRESET}, ${months} months per run\n`);

console.log('Engine: one simulated month');
const engineMs = measure(() => runModel(inputs, 'scenario', ws)) / months;
const naiveMs = measure(() => naiveRun(inputs), { minMs: 300, rounds: 3 }) / months;
console.log(row('engine (typed arrays, hoisted constants)', ns(engineMs), 'target < 60 ns'));
console.log(row('naive (mathjs expressions evaluated each step)', ns(naiveMs)));
console.log(row('speed-up over naive', `${(naiveMs / engineMs).toFixed(0)}×`));
const c = cReference(inputs);
if (c) {
  const engineTotal = runModel(inputs, 'scenario', ws).cumulativeGpuSpendDemanded;
  const agrees = Math.abs(c.cumulativeSpendDemanded - engineTotal) <= 1e-9 * Math.abs(engineTotal);
  console.log(
    row(
      'same loop in C (gcc -O2)',
      ns(c.nsPerMonth / 1e6),
      agrees ? 'same totals as the engine' : 'TOTALS DIFFER',
    ),
  );
  console.log(row('engine / C', `${(engineMs / (c.nsPerMonth / 1e6)).toFixed(2)}×`, 'target within 3×'));
} else {
  console.log(row('same loop in C', 'no gcc', '(install gcc to compare)'));
}

console.log('\nJevons verdict: base + mechanical + scenario runs + break-even search');
const jevonsMs = measure(() => jevons(scenario));
const jevonsNoBe = measure(() => jevons(scenario, { breakEven: false }));
console.log(row('jevons(scenario)', msText(jevonsMs), 'target < 1 ms'));
console.log(row('jevons(scenario) without break-even', msText(jevonsNoBe)));

console.log('\nSweep: 10,000 elasticities (3 runs each)');
const values = linspace(0, 3, 10_000);
const sweepMs = measure(() => sweep(scenario, 'elasticity', values), { minMs: 500, rounds: 3 });
console.log(
  row('sweep(elasticity, 10,000 points)', msText(sweepMs), `${ns(sweepMs / 30_000 / months)} per month-step`),
);
const naiveSweepMs =
  measure(
    () => {
      for (let i = 0; i < 30; i++) naiveRun({ ...inputs, p: { ...inputs.p, elasticity: values[i * 300] } });
    },
    { minMs: 300, rounds: 3 },
  ) * 1000;
console.log(row('naive equivalent (30,000 mathjs runs, extrapolated)', msText(naiveSweepMs)));

if (existsSync('bin/jevons.js') && existsSync('dist/cli.js')) {
  console.log('\nCLI: `node bin/jevons.js run deepseek-shock` wall time (median of 5)');
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const start = performance.now();
    execFileSync(process.execPath, ['bin/jevons.js', 'run', PRESET], { stdio: 'ignore' });
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  console.log(row('jevons run <preset>', msText(times[2]), 'target < 0.5 s'));
}

console.log('');
benchMonteCarlo(PRESET);
