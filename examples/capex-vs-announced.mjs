// Does the simulated capex match what the four US hyperscalers announced for 2025 — Microsoft ~$80 B,
// Meta $60–65 B, Alphabet ~$75 B, Amazon ~$100 B, about $320 B together by 2025-02-06 (the articles
// quote "at least $300 B")? Compare each preset's simulated 2025 capex, chips and data-centre shell,
// with the announced figures the catalogue holds.
//
//   node examples/capex-vs-announced.mjs
import { formatMoney, jevons, presets, referencePoints, scenarioFromPreset } from 'jevons';

const announced = referencePoints
  .filter((point) => point.kind === 'capex' && point.date.startsWith('2025') && point.value >= 2.5e11)
  .filter((point) => point.value < 4e11)
  .sort((a, b) => b.value - a.value);
if (announced.length === 0) throw new Error('no announced 2025 big-four capex point in models/reference');
const target = announced[0];

for (const point of announced) {
  console.log(
    `Announced: ${point.label.en} — ${formatMoney(point.value)} (${point.subject.en}, ${point.date})`,
  );
}
console.log(
  `\nSimulated capex in 2025 (the whole market the model covers) against ${formatMoney(target.value)}:\n`,
);
console.log(
  `${'preset'.padEnd(22)}${'chips'.padStart(12)}${'shell'.padStart(12)}${'total'.padStart(12)}   vs announced`,
);
for (const preset of presets) {
  const run = jevons(scenarioFromPreset(preset.id), { breakEven: false, decomposition: false }).scenario;
  let chips = 0;
  let shell = 0;
  run.months.forEach((month, t) => {
    if (!month.startsWith('2025')) return;
    chips += run.series.capexChips[t];
    shell += run.series.capexShell[t];
  });
  const total = chips + shell;
  console.log(
    `${preset.id.padEnd(22)}${formatMoney(chips).padStart(12)}${formatMoney(shell).padStart(12)}${formatMoney(total).padStart(12)}   ${((total / target.value) * 100).toFixed(0)}%`,
  );
}
console.log(
  '\nSimulated capex = H100e delivered × price per H100e (chips) + data-centre shell and power per kW (shell);',
);
console.log(
  'the hyperscalers are most but not all of the market, and their capex also buys networking and non-AI servers.',
);
