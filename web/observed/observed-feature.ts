import { TIERS } from '../../models/tiers';
import { observableSeries } from '../../src/calibration/observed-series';
import { ImportedObservations } from './imported-observations';
import { ObservedLayer } from './observed-layer';

/**
 * The observed figures' part of the app — the in-sample data set, the file reader and the marks —
 * in a chunk of its own (the panel element is another, loaded by the page): the first view does not wait for it, and it draws its figures
 * a moment later, as the Monte Carlo bands arrive after the lines.
 */
export interface ObservedFeature {
  layer: ObservedLayer;
  imported: ImportedObservations;
}

export function createObservedFeature(): ObservedFeature {
  return {
    layer: new ObservedLayer(),
    imported: new ImportedObservations(observableSeries(TIERS.map((tier) => tier.id))),
  };
}
