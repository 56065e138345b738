// Does the simulated GPU capex justify the ≥ $300 B the four US hyperscalers announced for 2025
// (新华财经, 2025-02-07)? Compare simulated yearly capex per preset with the articles' figures.
//
//   node examples/capex-vs-announced.mjs
import { formatMoney, jevons, presets, referencePoints, scenarioFromPreset } from 'jevons';

const capexPoints = referencePoints.filter((point) => point.kind === 'capex');
const announced2025 = capexPoints.find((point) => point.date.startsWith('2025') && point.value >= 3e11);
if (!announced2025) throw new Error('the 2025 ≥ $300 B capex reference point is missing from models/');

console.log(
  `Announced: ${announced2025.label.en} — ${formatMoney(announced2025.value)} (${announced2025.date})\n`,
);
console.log(
  'preset'.padEnd(22) +
    ['2025', '2026', '2027'].map((y) => `${y} capex`.padStart(14)).join('') +
    '   2025 vs announced',
);
for (const preset of presets) {
  const run = jevons(scenarioFromPreset(preset.id), { breakEven: false }).scenario;
  const yearly = new Map();
  run.months.forEach((month, t) => {
    yearly.set(month.slice(0, 4), (yearly.get(month.slice(0, 4)) ?? 0) + run.series.capex[t]);
  });
  const y2025 = yearly.get('2025') ?? 0;
  console.log(
    preset.id.padEnd(22) +
      ['2025', '2026', '2027'].map((y) => formatMoney(yearly.get(y) ?? 0).padStart(14)).join('') +
      `   ${((y2025 / announced2025.value) * 100).toFixed(0)}%`,
  );
}
console.log(
  '\nSimulated capex counts GPUs bought × installed cost per GPU (see `jevons explain gpuCapexPerGpu`);',
);
console.log(
  'announced capex also pays for buildings, power and networking, so a GPU-only total below 100% can still be consistent.',
);
