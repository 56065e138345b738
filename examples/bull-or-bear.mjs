// Is DeepSeek bullish or bearish for GPUs? Sweep the price elasticity of token demand and report,
// for each value, how the DeepSeek shock changes cumulative GPU spend — and where it flips.
//
//   node examples/bull-or-bear.mjs [preset-id]
import { formatMoney, jevons, linspace, parameterById, scenarioFromPreset, sweep } from 'jevons';

const presetId = process.argv[2] ?? 'deepseek-shock';
const scenario = scenarioFromPreset(presetId);
const { min, max } = parameterById.elasticity;
const result = sweep(scenario, 'elasticity', linspace(min, max, 13));
const verdict = jevons(scenario);

console.log(
  `Preset ${presetId}: cumulative GPU spend ${verdict.scenario.months[0]} … ${verdict.scenario.months.at(-1)}\n`,
);
console.log('elasticity   with DeepSeek    without     change   for GPUs');
for (let i = 0; i < result.values.length; i++) {
  const withShock = result.scenario.gpuSpend[i];
  const without = result.base.gpuSpend[i];
  const change = (withShock - without) / without;
  console.log(
    `${result.values[i].toFixed(2).padStart(10)} ${formatMoney(withShock).padStart(14)} ${formatMoney(without).padStart(11)} ${`${change >= 0 ? '+' : ''}${(change * 100).toFixed(1)}%`.padStart(9)}   ${change > 0 ? 'bullish' : 'bearish'}`,
  );
}
const be = verdict.breakEvenElasticity;
console.log(
  be.value === null
    ? `\nNo break-even elasticity in ${min}–${max}: ${be.reason}.`
    : `\nBreak-even elasticity: ${be.value.toFixed(3)}. Above it DeepSeek raises GPU spend (Jevons); below it, it cuts it.`,
);
console.log(
  `At this preset's elasticity (${scenario.parameters.elasticity}): ${verdict.rebound.gpuSpend.verdict}.`,
);
