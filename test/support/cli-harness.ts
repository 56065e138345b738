/**
 * The CLI in-process for the fuzz suites: `main` on an in-memory IO (files, stdin), with the
 * engine runs the command made (when the test file counts them, see ./engine-runs.ts).
 */
import { main } from '../../src/cli/main';
import { type MemoryIOOptions, memoryIO } from '../cli/memory-io';
import { engineRuns } from './engine-runs';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
  /** Engine runs the command made (0 unless the file routes run-model through countingRunModel). */
  runs: number;
  /** A file as the command left it. */
  file: (path: string) => string | undefined;
}

export interface CliHarnessOptions extends MemoryIOOptions {
  /** Called with the byte cap of every file the command reads. */
  onRead?: (path: string, maxBytes: number) => void;
}

export async function runCli(
  argv: string[],
  files: Record<string, string | Uint8Array> = {},
  options: CliHarnessOptions = {},
): Promise<CliRun> {
  const m = memoryIO(files, options);
  const { onRead } = options;
  if (onRead) {
    const readFile = m.io.readFile;
    m.io.readFile = (path, maxBytes) => {
      onRead(path, maxBytes);
      return readFile(path, maxBytes);
    };
  }
  engineRuns.count = 0;
  const code = await main(argv, m.io);
  return { code, stdout: m.stdout(), stderr: m.stderr(), runs: engineRuns.count, file: m.file };
}
