/**
 * Minimal benchmarking: warm up, then repeat a batch until it has run for at least `minMs`, and
 * report the median of several such batches (robust against a GC pause or the other core's noise).
 *
 * The clock is this process's CPU time (user + system, process.cpuUsage) unless JEVONS_BENCH_CLOCK
 * is "wall": on a shared machine other processes take the CPU away for whole milliseconds, which
 * wall time counts and CPU time does not. (V8's helper threads — GC, compiler — count too.)
 */
export const CLOCK: 'cpu' | 'wall' = process.env.JEVONS_BENCH_CLOCK === 'wall' ? 'wall' : 'cpu';

/** Milliseconds on the bench's clock. */
function now(): number {
  if (CLOCK === 'wall') return performance.now();
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

export function measure(
  fn: () => void,
  options: { minMs?: number; rounds?: number; warmup?: number; warmupMs?: number } = {},
): number {
  const minMs = options.minMs ?? 150;
  const rounds = options.rounds ?? 5;
  // Warm up for a while, not a few calls: V8 tiers code up (and compiles on helper threads, whose
  // CPU time this clock counts) over the first hundred milliseconds of a hot loop.
  const warmUntil = now() + (options.warmupMs ?? 200);
  for (let i = 0; i < (options.warmup ?? 3) || now() < warmUntil; i++) fn();
  let batch = 1;
  for (;;) {
    const start = now();
    for (let i = 0; i < batch; i++) fn();
    if (now() - start >= minMs / 4) break;
    batch *= 2;
  }
  const perCall: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const start = now();
    for (let i = 0; i < batch; i++) fn();
    perCall.push((now() - start) / batch);
  }
  return median(perCall);
}

/**
 * Median time of `rounds` single calls (for work that takes seconds), after one warm-up call, on
 * the bench's clock or on `clock` (wall time for work done in a child process).
 */
export function timeRounds(fn: () => void, rounds: number, warmup = true, clock: () => number = now): number {
  if (warmup) fn();
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const start = clock();
    fn();
    times.push(clock() - start);
  }
  return median(times);
}

function median(values: number[]): number {
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
