// Ctrl-C on a real process (issue 10): `jevons mc` on worker threads, in a terminal (a pseudo-
// terminal from util-linux `script`, so the progress bar shows and ^C is turned into SIGINT by the
// terminal, as for a person at a keyboard). The run must stop at once, terminate its workers (or the
// process would not exit), exit 130 and leave nothing at --out — not the file, not a temporary one.
// Needs the bundle (`npm run build:lib`), as `npm test` builds it first. No sleeps: ^C is sent when
// the progress bar appears, and the test waits for the process to end.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const BIN = resolve('bin/jevons.js');
const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;
let dir = '';

beforeAll(() => {
  if (!existsSync('dist/cli.js') || !existsSync('dist/jevons-worker.js')) {
    throw new Error('dist/cli.js or dist/jevons-worker.js is missing: run `npm run build:lib` first');
  }
  dir = mkdtempSync(join(tmpdir(), 'jevons-sigint-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('Ctrl-C in a terminal', { timeout: 120_000 }, () => {
  it.skipIf(!hasScript)(
    'stops `jevons mc --threads 2 --out`: exit 130, workers gone, no file left behind',
    async () => {
      const command = `${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} mc deepseek-shock --samples 1000000 --threads 2 --out bands.json`;
      const child = spawn('script', ['-qefc', command, '/dev/null'], {
        cwd: dir,
        stdio: ['pipe', 'pipe', 'pipe'],
      });
      let output = '';
      let sent = false;
      const exited = new Promise<number | null>((done) => child.on('close', (code) => done(code)));
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString('utf8');
        // The progress bar is drawn once the work (and the Ctrl-C handler) has started.
        if (!sent && /\[[#.]+\] \d+% \d+\/1000000 samples/.test(output)) {
          sent = true;
          child.stdin.write('\x03');
        }
      });
      const code = await exited;
      expect(sent, `no progress bar in: ${output}`).toBe(true);
      expect(code).toBe(130);
      expect(output).toMatch(/jevons: interrupted \(SIGINT\); nothing written to bands\.json/);
      expect(readdirSync(dir)).toEqual([]);
    },
  );
});
