import { jevons } from '../../engine/jevons';
import { quantity } from '../../format/quantity';
import { SERIES_IDS, SERIES_UNITS } from '../../model/types';
import { runReport } from '../../report/run-report';
import { verdictSentence } from '../../report/verdict-text';
import type { Command } from '../command';
import { toCsv } from '../format/csv';
import { yearlyTable } from '../format/yearly';
import { loadScenario } from '../load-scenario';
import { emit, readFormat, SCENARIO_OPTIONS, setsOf } from '../output';

export const runCommand: Command = {
  name: 'run',
  summary: 'simulate a scenario and give the Jevons verdict',
  positionals: ['<scenario.json|scenario.yaml|preset-id>'],
  minPositionals: 1,
  maxPositionals: 1,
  options: { ...SCENARIO_OPTIONS },
  examples: [
    'jevons run deepseek-shock',
    'jevons run my.json --set elasticity=1.5 --format json --out result.json',
  ],
  async run(args, io) {
    const format = readFormat(args.values.format);
    const scenario = await loadScenario(args.positionals[0], setsOf(args.values.set), io);
    const result = jevons(scenario);
    let text: string;
    if (format === 'json') {
      text = JSON.stringify(runReport(scenario, result), null, 2) + '\n';
    } else if (format === 'csv') {
      const header = ['month', ...SERIES_IDS.map((id) => `${id} (${SERIES_UNITS[id]})`)];
      const rows = result.scenario.months.map((month, t) => [
        month,
        ...SERIES_IDS.map((id) => result.scenario.series[id][t]),
      ]);
      text = toCsv(header, rows);
    } else {
      const totals = result.scenario.totals;
      const spend = result.rebound.gpuSpend;
      const hours = result.rebound.gpuHours;
      const be = result.breakEvenElasticity;
      text = [
        `${scenario.name}`,
        '',
        yearlyTable(result.scenario),
        `Cumulative GPU spend demanded   ${quantity(totals.cumulativeGpuSpendDemanded, 'USD')}   (without the shock: ${quantity(spend.base, 'USD')}; shock with demand frozen: ${quantity(spend.mechanical, 'USD')})`,
        `Cumulative GPU-hours demanded   ${quantity(totals.cumulativeGpuHoursDemanded, 'GPU-hours')}   (without the shock: ${quantity(hours.base, 'GPU-hours')})`,
        `Served by the fleet             ${quantity(totals.cumulativeGpuHours, 'GPU-hours')}, paid ${quantity(totals.cumulativeGpuSpend, 'USD')}; peak unserved demand ${quantity(totals.peakShortageShare, 'share')}`,
        `Cumulative capex                ${quantity(totals.cumulativeCapex, 'USD')}`,
        `Rebound on GPU-hours            ${hours.value === null ? `undefined — ${hours.reason}` : hours.value.toFixed(3)}`,
        `Break-even elasticity           ${be.value === null ? `none — ${be.reason}` : be.value.toFixed(3)}`,
        '',
        `Verdict: ${verdictSentence(result)}`,
        '',
      ].join('\n');
    }
    emit(io, text, args.values.out);
    return 0;
  },
};
