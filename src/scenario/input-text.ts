// What the CLI needs to read scenario input before parsing it, without loading the parser (yaml,
// mathjs): the size cap, the format a file name says, and decoding the bytes.

/** Largest scenario text accepted, in bytes of UTF-8: scenarios are a few kB; more is a mistake or abuse. */
export const MAX_INPUT_BYTES = 1_000_000;

export type InputFormat = 'json' | 'yaml';

/**
 * The text of a scenario file's bytes: UTF-8 by default; UTF-16 (little or big endian) when the file
 * starts with its byte-order mark, as editors on Windows save it, or when every other byte of its
 * start is zero. A UTF-8 byte-order mark is dropped.
 */
export function decodeScenarioBytes(bytes: Uint8Array): string {
  const b0 = bytes[0];
  const b1 = bytes[1];
  if (b0 === 0xff && b1 === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (b0 === 0xfe && b1 === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  if (bytes.length >= 4 && b0 !== 0 && b1 === 0 && bytes[2] !== 0 && bytes[3] === 0)
    return new TextDecoder('utf-16le').decode(bytes);
  if (bytes.length >= 4 && b0 === 0 && b1 !== 0 && bytes[2] === 0 && bytes[3] !== 0)
    return new TextDecoder('utf-16be').decode(bytes);
  return new TextDecoder('utf-8').decode(bytes);
}

/** The format a file name says, or undefined when its name does not tell. */
export function formatOfName(source: string | undefined): InputFormat | undefined {
  if (source && /\.ya?ml$/i.test(source)) return 'yaml';
  if (source && /\.json$/i.test(source)) return 'json';
  return undefined;
}
