import type { ReferencePoint } from './schema';
import { capexPoints } from './reference/capex';
import { forecastPoints } from './reference/forecasts';
import { marketMovePoints } from './reference/market-moves';
import { pricePoints } from './reference/prices';
import { trainingCostPoints } from './reference/training-costs';

/**
 * Every number in the seed articles that bears on price, cost, compute, capex or the market's
 * reaction and is not already a parameter default, each with its verbatim quote.
 */
export const referencePoints: ReferencePoint[] = [
  ...capexPoints,
  ...marketMovePoints,
  ...pricePoints,
  ...trainingCostPoints,
  ...forecastPoints,
];
