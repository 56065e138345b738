/**
 * JSON.parse keeps the last of two equal keys without a word. A scenario with `elasticity` twice is
 * a mistake the reader must hear about, as YAML's reader says it: this scan finds the first repeated
 * key of any object in one pass over text JSON.parse has already accepted (linear in its length,
 * a Set of keys per open object).
 */

export interface DuplicateKey {
  /** Keys from the root to the object holding the duplicate, then the key. */
  path: (string | number)[];
  key: string;
  /** Character offset of the second occurrence. */
  offset: number;
}

interface Frame {
  keys: Set<string> | null;
  /** The key or index under which this container sits in its parent. */
  at: string | number;
  /** Next array index (arrays only). */
  index: number;
}

/** Offset just past the string literal that starts at `start` (the opening quote). */
function endOfString(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length) {
    const ch = text.charCodeAt(i);
    if (ch === 0x5c) i += 2;
    else if (ch === 0x22) return i + 1;
    else i++;
  }
  return i;
}

/** The first duplicate key in valid JSON `text`, or undefined. */
export function findDuplicateKey(text: string): DuplicateKey | undefined {
  const stack: Frame[] = [];
  let expectKey = false;
  let pendingKey: string | number = '$';
  for (let i = 0; i < text.length; ) {
    const ch = text[i];
    if (ch === '"') {
      const end = endOfString(text, i);
      const top = stack[stack.length - 1];
      if (top?.keys && expectKey) {
        const key = JSON.parse(text.slice(i, end)) as string;
        if (top.keys.has(key)) {
          return { path: stack.slice(1).map((f) => f.at), key, offset: i };
        }
        top.keys.add(key);
        pendingKey = key;
        expectKey = false;
      }
      i = end;
      continue;
    }
    if (ch === '{' || ch === '[') {
      const top = stack[stack.length - 1];
      const at = top && !top.keys ? top.index : pendingKey;
      stack.push({ keys: ch === '{' ? new Set() : null, at, index: 0 });
      expectKey = ch === '{';
    } else if (ch === '}' || ch === ']') {
      stack.pop();
      expectKey = false;
    } else if (ch === ',') {
      const top = stack[stack.length - 1];
      if (top?.keys) expectKey = true;
      else if (top) top.index++;
    }
    i++;
  }
  return undefined;
}
