import type { Column } from './table';

/**
 * The columns both observation tables start with — `jevons calibrate` (the fit) and `jevons
 * backtest` (a score) — so the two read alike; each adds its own last columns.
 */
export const OBSERVATION_COLUMNS: readonly Column[] = [
  { header: 'observation' },
  { header: 'series' },
  { header: 'period' },
  { header: 'observed', align: 'right' },
  { header: 'model', align: 'right' },
  { header: 'model/obs', align: 'right' },
  { header: 'ln error', align: 'right' },
];
