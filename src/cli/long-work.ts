/**
 * What long CLI work (mc, sweep, sensitivity) shares: a progress bar on stderr when stderr is a
 * terminal (nothing otherwise, so logs and pipes stay clean), and Ctrl-C that stops the work,
 * terminates its worker threads and leaves no file at --out (output is written only at the end,
 * whole, by `emit`: a temporary file renamed over the target), exiting with 130 as shells expect
 * of a process stopped by SIGINT.
 */
import { printable } from '../format/text';
import type { CliIO } from './io';
import { checkOut, emit } from './output';

/** Exit code of work stopped by Ctrl-C or SIGTERM (128 + SIGINT's number, as a shell reports it). */
const EXIT_INTERRUPTED = 130;

export interface LongWork {
  /** Aborted by Ctrl-C / SIGTERM; pass it to the work. */
  signal: AbortSignal;
  /** Progress callback (a no-op when stderr is not a terminal). */
  progress: (done: number, total: number) => void;
}

/** A one-line progress bar on stderr, redrawn in place, at most once per percent of the work. */
function progressBar(io: CliIO, what: string) {
  const width = 30;
  let shown = -1;
  return {
    update: (done: number, total: number) => {
      const percent = Math.floor((done / total) * 100);
      if (percent === shown && done !== total) return;
      shown = percent;
      const filled = Math.round((done / total) * width);
      io.err(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${percent}% ${done}/${total} ${what}`);
    },
    done: () => io.err(`\r${' '.repeat(width + 40)}\r`),
  };
}

/**
 * Runs `work` with a progress bar (terminal only) and Ctrl-C handling, then writes the text it
 * returns to --out or stdout (`emit`: whole or not at all) while Ctrl-C is still ours, so an
 * interrupt can never cut the writing short. Returns 0, or EXIT_INTERRUPTED (after a line on
 * stderr saying nothing was written) when the work was interrupted.
 */
export async function runLongWork(
  io: CliIO,
  what: string,
  out: unknown,
  work: (long: LongWork) => Promise<string>,
): Promise<number> {
  checkOut(io, out);
  const interrupts = io.interrupts?.() ?? { signal: new AbortController().signal, dispose() {} };
  const bar = io.stderrIsTTY ? progressBar(io, what) : undefined;
  try {
    const text = await work({ signal: interrupts.signal, progress: bar ? bar.update : () => {} });
    interrupts.signal.throwIfAborted();
    bar?.done();
    // Synchronous from here: a Ctrl-C now is handled after the file is whole and in place.
    emit(io, text, out);
    return 0;
  } catch (error) {
    bar?.done();
    if (!interrupts.signal.aborted) throw error;
    const target = typeof out === 'string' && out !== '' ? `; nothing written to ${printable(out)}` : '';
    io.err(
      `jevons: interrupted (${String((interrupts.signal.reason as Error)?.message ?? 'signal')})${target}\n`,
    );
    return EXIT_INTERRUPTED;
  } finally {
    interrupts.dispose();
  }
}
