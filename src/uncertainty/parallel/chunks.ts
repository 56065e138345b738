/**
 * How a run's items (Monte Carlo samples, sweep values, Sobol design rows) are cut into chunks: by
 * the number of items alone, never by the number of threads. Chunks are the unit a thread takes and
 * the points where progress is reported and a stop is seen. Results never depend on the cut either
 * (every item draws from its own stream and lands at its own index), which the tests check by
 * changing it.
 */

/** Chunks a run aims for: enough for even load on 8+ threads and a smooth progress bar. */
const TARGET_CHUNKS = 64;

/**
 * Items per chunk for `total` items: about total / 64, at most `maxPerChunk` (so a stop or a
 * progress report is never far away; default 25 Monte Carlo samples, ~20 ms of work). In Node this
 * thread is one of the pool and answers the workers between its own chunks: short ones keep a
 * worker from idling while this thread finishes a long one, and leave a short tail.
 */
export function chunkSize(total: number, maxPerChunk = 25): number {
  return Math.max(1, Math.min(maxPerChunk, Math.ceil(total / TARGET_CHUNKS)));
}

/** Consecutive [start, end) ranges covering 0 … total − 1, `size` items each (the last may be shorter). */
export function chunkRanges(total: number, size: number, from = 0): [number, number][] {
  const ranges: [number, number][] = [];
  const step = Math.max(1, Math.floor(size));
  for (let start = from; start < total; start += step) ranges.push([start, Math.min(total, start + step)]);
  return ranges;
}
