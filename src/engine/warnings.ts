import type { SimulationResult, Warning } from '../model/types';
import { power } from './engine-math';
import { count } from '../format/quantity';

/**
 * Outputs no one should quote without a caveat, with the bound each crosses. The bounds are stated
 * here, once, so the CLI, the app and the README say the same thing.
 */
export const WARNING_BOUNDS = {
  /** Share of demanded compute left unserved that counts as a shortage… */
  shortageShare: 0.03,
  /** …for more than this many months in a row. */
  shortageMonths: 3,
  /** World GDP in 2024, USD (IMF World Economic Outlook, October 2024: ≈ 110 trillion), growing… */
  worldGdp2024: 110e12,
  /** …at this nominal rate a year. */
  worldGdpGrowth: 0.05,
  /** Compute value (rental × hours) or capex over twelve months as a share of world GDP. */
  gdpShare: 0.02,
  /** Tokens a day per person on Earth (8.1 billion): ~100,000 is a novel a day for everyone. */
  tokensPerPersonPerDay: 1e5,
  worldPopulation: 8.1e9,
} as const;

const DAYS_PER_MONTH = 365.25 / 12;

export function warningsFor(result: SimulationResult): Warning[] {
  const s = result.series;
  const months = result.months;
  const out: Warning[] = [];
  const b = WARNING_BOUNDS;

  let run = 0;
  for (let t = 0; t < months.length; t++) {
    run = s.shortageShare[t] > b.shortageShare ? run + 1 : 0;
    if (run > b.shortageMonths) {
      const start = t - run + 1;
      let peak = 0;
      for (let u = start; u < months.length && s.shortageShare[u] > b.shortageShare; u++) {
        peak = Math.max(peak, s.shortageShare[u]);
      }
      out.push({
        id: 'shortage',
        value: peak,
        unit: 'share',
        bound: b.shortageShare,
        month: months[start],
        message: `more than ${pct(b.shortageShare)} of demanded compute goes unserved for over ${b.shortageMonths} months from ${months[start]} (peak ${pct(peak)}): even at the ceiling rental price the fleet cannot serve it, so the price path is not one the market could hold`,
      });
      break;
    }
  }

  const gdpAt = worldGdpByMonth(months);
  for (const [id, series, label] of [
    ['spend-share-of-gdp', s.computeValue, 'compute value (rental price × hours)'],
    ['capex-share-of-gdp', s.capex, 'capex'],
  ] as const) {
    let rolling = 0;
    for (let t = 0; t < months.length; t++) {
      rolling += series[t] - (t >= 12 ? series[t - 12] : 0);
      if (t < 11) continue;
      const gdp = gdpAt[t];
      if (rolling > b.gdpShare * gdp) {
        out.push({
          id,
          value: rolling / gdp,
          unit: 'share of world GDP',
          bound: b.gdpShare,
          month: months[t],
          message: `${label} over the twelve months to ${months[t]} is ${pct(rolling / gdp)} of world GDP, above ${pct(b.gdpShare)}: no economy has spent that on one kind of equipment`,
        });
        break;
      }
    }
  }

  for (let t = 0; t < months.length; t++) {
    const perPerson = s.tokensServed[t] / DAYS_PER_MONTH / b.worldPopulation;
    if (perPerson > b.tokensPerPersonPerDay) {
      out.push({
        id: 'tokens-per-person',
        value: perPerson,
        unit: 'tokens per person per day',
        bound: b.tokensPerPersonPerDay,
        month: months[t],
        message: `from ${months[t]} the model serves ${count(perPerson)} tokens a day for every person on Earth, above ${count(b.tokensPerPersonPerDay)} (about a novel a day each)`,
      });
      break;
    }
  }
  return out;
}

/**
 * World GDP by month (from the twelfth month on: the first twelve-month total), for both series.
 * With the engine's power, not **: Math.pow is the JavaScript engine's own, and Node and Chromium
 * must give the same numbers. The same months give the same path, kept for the next result.
 */
function worldGdpByMonth(months: readonly string[]): Float64Array {
  const key = `${months[0]}:${months.at(-1)}:${months.length}`;
  let gdpAt = GDP_PATHS.get(key);
  if (!gdpAt) {
    const b = WARNING_BOUNDS;
    gdpAt = new Float64Array(months.length);
    for (let t = 11; t < months.length; t++) {
      const year = Number(months[t].slice(0, 4)) + (Number(months[t].slice(5, 7)) - 1) / 12;
      gdpAt[t] = b.worldGdp2024 * power(1 + b.worldGdpGrowth, year - 2024.5);
    }
    GDP_PATHS.set(key, gdpAt);
  }
  return gdpAt;
}
const GDP_PATHS = new Map<string, Float64Array>();

function pct(x: number): string {
  return `${(x * 100).toFixed(x < 0.1 ? 1 : 0)}%`;
}
