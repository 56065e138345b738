/**
 * A function that remembers its last call: the same arguments (compared by identity) give the same
 * result object, so a Lit property bound to it does not change and nothing redraws.
 */
export function memo<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  let last: { args: A; value: R } | null = null;
  return (...args: A): R => {
    if (last && last.args.length === args.length && last.args.every((a, i) => Object.is(a, args[i]))) {
      return last.value;
    }
    const value = fn(...args);
    last = { args, value };
    return value;
  };
}
