/**
 * localStorage for Node tests: a Map behind the Storage methods the app's stores use. `map` is the
 * Map itself, so a test can compare everything stored before and after an operation.
 */
export function memoryStorage() {
  const map = new Map<string, string>();
  return {
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
    removeItem: (k: string) => void map.delete(k),
    key: (i: number) => [...map.keys()][i] ?? null,
    get length() {
      return map.size;
    },
    map,
  };
}
