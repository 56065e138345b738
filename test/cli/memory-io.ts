import { posix } from 'node:path';
import { type CliIO, InputTooLarge } from '../../src/cli/io';

export interface MemoryIOOptions {
  stderrIsTTY?: boolean;
  /** What standard input holds (`jevons run -`); absent = empty. */
  stdin?: string | Uint8Array;
}

/** A CliIO that captures output and serves files from memory, for in-process CLI tests. */
export function memoryIO(files: Record<string, string | Uint8Array> = {}, options: MemoryIOOptions = {}) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const fs = new Map<string, string | Uint8Array>(
    Object.entries(files).map(([k, v]) => [posix.resolve('/work', k), v]),
  );
  const size = (data: string | Uint8Array) =>
    typeof data === 'string' ? Buffer.byteLength(data) : data.length;
  const io: CliIO = {
    out: (text) => stdout.push(text),
    err: (text) => stderr.push(text),
    stdoutIsTTY: false,
    stderrIsTTY: options.stderrIsTTY ?? false,
    columns: 120,
    readFile(path, maxBytes) {
      const data = fs.get(path);
      if (data === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
      if (size(data) > maxBytes) throw new InputTooLarge(maxBytes);
      return data;
    },
    async readStdin(maxBytes) {
      const data = options.stdin ?? '';
      if (size(data) > maxBytes) throw new InputTooLarge(maxBytes);
      return data;
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
    file: (path: string) => {
      const data = fs.get(posix.resolve('/work', path));
      return data instanceof Uint8Array ? Buffer.from(data).toString('utf8') : data;
    },
  };
}
