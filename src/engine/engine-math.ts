/**
 * The one place the engine takes exp and log from. Per-run constants are monthly factors of yearly
 * ones: x^(1/12) as exp(ln x / 12), which V8 computes in a fraction of Math.pow's time.
 */
export const exp = Math.exp;
export const log = Math.log;

/** tanh from exp, so it inherits exp's behaviour; |x| > 20 is ±1 to double precision. */
export function tanh(x: number): number {
  if (x > 20) return 1;
  if (x < -20) return -1;
  const e = exp(-2 * Math.abs(x));
  const t = (1 - e) / (1 + e);
  return x < 0 ? -t : t;
}

/** The monthly factor of a yearly one: yearly^(1/12). */
export function monthly(yearly: number): number {
  return exp(log(yearly) / 12);
}

/** base^power for base > 0. */
export function power(base: number, exponent: number): number {
  return exp(exponent * log(base));
}
