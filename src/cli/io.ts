import { closeSync, openSync, readSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

/** A read stopped because the input grew past the cap (a scenario is a few kB; /dev/zero never ends). */
export class InputTooLarge extends Error {
  override name = 'InputTooLarge';
  readonly code = 'EFBIG';
  constructor(readonly limit: number) {
    super(`more than ${limit} bytes`);
  }
}

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
  /** The file's bytes, read at most `maxBytes` (throws InputTooLarge beyond). */
  readFile(path: string, maxBytes: number): Uint8Array | string | Promise<Uint8Array | string>;
  /** Standard input, at most `maxBytes`. */
  readStdin?(maxBytes: number): Promise<Uint8Array | string>;
  /** Writes the whole text or nothing: a temporary file beside the target, then a rename. */
  writeFile(path: string, text: string): void;
  /** Absolute path of a user-given path. */
  resolvePath(path: string): string;
  /** Identity of an existing file (device and inode, so links and `./x` match), or undefined. */
  fileId?(path: string): string | undefined;
  /**
   * Ctrl-C (SIGINT) and SIGTERM as an AbortSignal, for long work that stops cleanly (src/cli/long-work.ts);
   * `dispose` gives the signals their default meaning back. Absent: nothing interrupts.
   */
  interrupts?(): { signal: AbortSignal; dispose(): void };
}

const CHUNK = 1 << 16;

/** Reads a file chunk by chunk and stops as soon as it passes `maxBytes`, whatever the file claims its size is. */
function readCapped(path: string, maxBytes: number): Uint8Array {
  const fd = openSync(path, 'r');
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(CHUNK);
      const n = readSync(fd, chunk, 0, CHUNK, null);
      if (n === 0) break;
      total += n;
      if (total > maxBytes) throw new InputTooLarge(maxBytes);
      chunks.push(chunk.subarray(0, n));
    }
    return Buffer.concat(chunks, total);
  } finally {
    closeSync(fd);
  }
}

async function readStdinCapped(maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of process.stdin as AsyncIterable<Buffer>) {
    total += chunk.length;
    if (total > maxBytes) {
      process.stdin.destroy();
      throw new InputTooLarge(maxBytes);
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, total);
}

/** Writes `text` to a temporary file in the target's directory and renames it over the target. */
function writeAtomically(path: string, text: string): void {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  try {
    writeFileSync(temp, text, { flag: 'wx' });
    renameSync(temp, path);
  } catch (error) {
    try {
      unlinkSync(temp);
    } catch {
      // The temporary file was never created.
    }
    throw error;
  }
}

let pipeGuard = false;

/**
 * A reader that closes the pipe early (`jevons … | head -1`) is not an error: stop quietly instead
 * of printing an EPIPE stack trace.
 */
function endQuietlyOnClosedPipe(): void {
  if (pipeGuard) return;
  pipeGuard = true;
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw error;
    });
  }
}

export function processIO(): CliIO {
  endQuietlyOnClosedPipe();
  return {
    out: (text) => {
      process.stdout.write(text);
    },
    err: (text) => {
      process.stderr.write(text);
    },
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    stderrIsTTY: Boolean(process.stderr.isTTY),
    columns: process.stdout.columns || 100,
    readFile: readCapped,
    readStdin: readStdinCapped,
    writeFile: writeAtomically,
    resolvePath: (path) => resolve(process.cwd(), path),
    fileId(path) {
      try {
        const stat = statSync(path);
        return `${stat.dev}:${stat.ino}`;
      } catch {
        return undefined;
      }
    },
    interrupts() {
      const controller = new AbortController();
      // `once`: a second Ctrl-C while the work winds down kills the process the default way.
      const onSignal = (name: NodeJS.Signals) => controller.abort(new Error(name));
      process.once('SIGINT', onSignal);
      process.once('SIGTERM', onSignal);
      return {
        signal: controller.signal,
        dispose() {
          process.off('SIGINT', onSignal);
          process.off('SIGTERM', onSignal);
        },
      };
    },
  };
}
