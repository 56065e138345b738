import { posix } from 'node:path';
import type { CliIO } from '../../src/cli/io';

/** A CliIO that captures output and serves files from memory, for in-process CLI tests. */
export function memoryIO(files: Record<string, string> = {}, options: { stderrIsTTY?: boolean } = {}) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const fs = new Map(Object.entries(files).map(([k, v]) => [posix.resolve('/work', k), v]));
  const io: CliIO = {
    out: (text) => stdout.push(text),
    err: (text) => stderr.push(text),
    stdoutIsTTY: false,
    stderrIsTTY: options.stderrIsTTY ?? false,
    columns: 120,
    readFile(path) {
      const text = fs.get(path);
      if (text === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
      return text;
    },
    writeFile(path, text) {
      fs.set(path, text);
    },
    resolvePath: (path) => posix.resolve('/work', path),
  };
  return {
    io,
    stdout: () => stdout.join(''),
    stderr: () => stderr.join(''),
    file: (path: string) => fs.get(posix.resolve('/work', path)),
  };
}
