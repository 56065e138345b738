/**
 * Minimal benchmarking: warm up, then repeat a batch until it has run for at least `minMs`, and
 * report the median of several such batches (robust against a GC pause or the other core's noise).
 */
export function measure(fn: () => void, options: { minMs?: number; rounds?: number } = {}): number {
  const minMs = options.minMs ?? 150;
  const rounds = options.rounds ?? 5;
  for (let i = 0; i < 3; i++) fn();
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
  perCall.sort((a, b) => a - b);
  return perCall[Math.floor(rounds / 2)];
}

export function row(label: string, value: string, note = ''): string {
  return `  ${label.padEnd(52)} ${value.padStart(14)}  ${note}`;
}

export function ns(ms: number): string {
  return `${(ms * 1e6).toFixed(1)} ns`;
}

export function msText(ms: number): string {
  return ms >= 1000
    ? `${(ms / 1000).toFixed(2)} s`
    : ms >= 1
      ? `${ms.toFixed(2)} ms`
      : `${(ms * 1000).toFixed(1)} µs`;
}
