import { detExp, detLog } from '../math/det-math';

/**
 * The one place the engine takes exp and log from: table-driven exp and log in plain arithmetic
 * (src/math/det-math.ts), not Math.exp/Math.log. V8 in Chromium 156 and in Node 20 disagree in the
 * last bit for ~10% of Math.exp arguments, and the app and the CLI promise bit-identical numbers.
 * Per-run constants are monthly factors of yearly ones: x^(1/12) as exp(ln x / 12).
 */
export const exp = detExp;
export const log = detLog;

/** tanh from exp, so it is as deterministic; |x| > 20 is ±1 to double precision. */
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

/**
 * base^exponent for base > 0. The exponents 1, −1 and ½ (the defaults' profitability tilt, its
 * inverse in the GPU price, and half the training saving re-spent) are exact without exp and log:
 * x, 1/x and √x are each one correctly rounded IEEE operation, the same in every engine, and save
 * two table lookups a call several times a simulated month.
 */
export function power(base: number, exponent: number): number {
  if (exponent === 1) return base;
  if (exponent === -1) return 1 / base;
  if (exponent === 0.5) return Math.sqrt(base);
  return exp(exponent * log(base));
}
