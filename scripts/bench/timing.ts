/**
 * Minimal benchmarking: warm up, then repeat a batch until it has run for at least `minMs`, and
 * report the median of several such batches (robust against a GC pause or the other core's noise).
 */
export function measure(
  fn: () => void,
  options: { minMs?: number; rounds?: number; warmup?: number } = {},
): number {
  const minMs = options.minMs ?? 150;
  const rounds = options.rounds ?? 5;
  for (let i = 0; i < (options.warmup ?? 3); i++) fn();
  let batch = 1;
  for (;;) {
    const start = performance.now();
    for (let i = 0; i < batch; i++) fn();
    if (performance.now() - start >= minMs / 4) break;
    batch *= 2;
  }
  const perCall: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const start = performance.now();
    for (let i = 0; i < batch; i++) fn();
    perCall.push((performance.now() - start) / batch);
  }
  return median(perCall);
}

/** Median wall time of `rounds` single calls (for work that takes seconds), after one warm-up call. */
export function timeRounds(fn: () => void, rounds: number, warmup = true): number {
  if (warmup) fn();
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return median(times);
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function row(label: string, value: string, note = ''): string {
  return `  ${label.padEnd(56)} ${value.padStart(12)}  ${note}`.trimEnd();
}

/** A duration given in ms, in the unit that reads best (ns, µs, ms, s). */
export function duration(ms: number): string {
  if (!Number.isFinite(ms)) return '—';
  if (ms >= 1000) return `${(ms / 1000).toFixed(2)} s`;
  if (ms >= 1) return `${ms.toFixed(2)} ms`;
  if (ms >= 1e-3) return `${(ms * 1000).toFixed(2)} µs`;
  return `${(ms * 1e6).toFixed(1)} ns`;
}

export function ratio(x: number): string {
  return `${x >= 100 ? x.toFixed(0) : x.toFixed(2)}×`;
}

/** "met" / "MISSED" against a target, for the note column. */
export function target(value: number, limit: number, text: string): string {
  return `${value <= limit ? 'met' : 'MISSED'}: target ${text}`;
}
