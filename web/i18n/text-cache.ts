/**
 * Texts made once per key and remembered: the page writes the same few numbers, dates and messages
 * again on every slider step, and making them (Intl formatting, splitting a message) costs more
 * than looking them up. When `limit` keys are held the whole cache is cleared, a simple bound.
 */
export class TextCache<V> {
  private readonly values = new Map<string, V>();

  constructor(private readonly limit: number) {}

  /** The value for `key`, made by `make` the first time it is asked for. */
  get(key: string, make: () => V): V {
    let value = this.values.get(key);
    if (value === undefined) {
      value = make();
      if (this.values.size >= this.limit) this.values.clear();
      this.values.set(key, value);
    }
    return value;
  }
}
