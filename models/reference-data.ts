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
// Marked pure: an array spread counts as a side effect to a bundler, which would then keep every
// point (and its quotes) in the web app, which imports the catalogue but draws only the capex points.
export const referencePoints: ReferencePoint[] = /* @__PURE__ */ capexPoints.concat(
  marketMovePoints,
  pricePoints,
  trainingCostPoints,
  forecastPoints,
);
