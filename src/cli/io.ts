import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * Everything the CLI touches outside itself. Commands never use `process` directly, so tests run
 * the whole CLI in-process with captured output and a virtual file system.
 */
export interface CliIO {
  out(text: string): void;
  err(text: string): void;
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
  /** Terminal width for tables; 100 when unknown. */
  columns: number;
  readFile(path: string): string;
  writeFile(path: string, text: string): void;
  /** Absolute path of a user-given path. */
  resolvePath(path: string): string;
}

export function processIO(): CliIO {
  return {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    stderrIsTTY: Boolean(process.stderr.isTTY),
    columns: process.stdout.columns || 100,
    readFile: (path) => readFileSync(path, 'utf8'),
    writeFile: (path, text) => writeFileSync(path, text),
    resolvePath: (path) => resolve(process.cwd(), path),
  };
}
