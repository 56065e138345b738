import { SERIES_IDS, type Series } from '../model/types';

/** Preallocated output buffers, reused across runs so the hot loop never allocates. */
export interface Workspace {
  months: number;
  series: Series;
}

export function createWorkspace(months: number): Workspace {
  const series = {} as Series;
  for (const id of SERIES_IDS) series[id] = new Float64Array(months);
  return { months, series };
}
