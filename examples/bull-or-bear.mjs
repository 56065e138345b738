// Is DeepSeek bullish or bearish for GPUs? Sweep the market elasticity of task demand and report,
// for each value, how the DeepSeek shock changes the compute actually served (H100e-hours) and the
// capex spent on GPUs and data centres over the run — and where each flips.
//
//   node examples/bull-or-bear.mjs [preset-id]
import {
  formatMoney,
  formatQuantity,
  jevons,
  linspace,
  parameterById,
  scenarioFromPreset,
  sweep,
} from 'jevons';

const presetId = process.argv[2] ?? 'deepseek-shock';
const scenario = scenarioFromPreset(presetId);
const { min, max } = parameterById.elasticity;
const result = sweep(scenario, 'elasticity', linspace(min, max, 13));
const verdict = jevons(scenario, { decomposition: false });
const [from, to] = [
  verdict.scenario.months[24 + scenario.parameters.shockMonth],
  verdict.scenario.months.at(-1),
];

const change = (path, i) => (path.scenario[i] - path.base[i]) / path.base[i];
const pct = (x) => `${x >= 0 ? '+' : '−'}${Math.abs(x * 100).toFixed(1)}%`;

console.log(`Preset ${presetId}: totals from ${from} to ${to}, with the DeepSeek shock against without it\n`);
console.log('elasticity   compute served   change    capex with shock   change   for GPUs');
for (let i = 0; i < result.values.length; i++) {
  const served = result.bases.servedCompute;
  const capex = result.bases.capex;
  const dServed = change(served, i);
  const dCapex = change(capex, i);
  console.log(
    `${result.values[i].toFixed(2).padStart(10)} ${formatQuantity(served.scenario[i], 'H100e-h').padStart(16)} ${pct(dServed).padStart(9)} ${formatMoney(capex.scenario[i]).padStart(18)} ${pct(dCapex).padStart(8)}   ${dServed > 0 ? 'bullish' : 'bearish'}`,
  );
}
for (const [basis, words] of [
  ['servedCompute', 'compute served'],
  ['capex', 'capex'],
]) {
  const be = verdict.breakEvenElasticity[basis];
  console.log(
    be.value === null
      ? `\nBreak-even elasticity on ${words}: none in ${min}–${max} (${be.reason}).`
      : `\nBreak-even elasticity on ${words}: ${be.value.toFixed(3)}. Above it the shock raises ${words} (Jevons); below it, it cuts it.`,
  );
}
console.log(
  `\nAt this preset's elasticity (${scenario.parameters.elasticity}): ${verdict.headline.verdict} on compute served (rebound ${verdict.headline.value === null ? 'undefined' : verdict.headline.value.toFixed(2)}).`,
);
