import { spawn, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The CLI as a process: what only a real file system, pipe or signal can show (issue 11). Needs the
// bundle (`npm run build:lib`), as `npm test` builds it first.
const BIN = resolve('bin/jevons.js');
const TIMEOUT = 60_000;
let dir = '';

function jevons(args: string[], input?: string) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: dir,
    input,
    encoding: 'utf8',
    timeout: TIMEOUT,
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

const SCENARIO = JSON.stringify({ name: 's', parameters: { elasticity: 1.2, horizonMonths: 24 } });

beforeAll(() => {
  if (!existsSync('dist/cli.js')) throw new Error('dist/cli.js is missing: run `npm run build:lib` first');
  dir = mkdtempSync(join(tmpdir(), 'jevons-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('jevons as a process', { timeout: TIMEOUT }, () => {
  it('run /dev/zero stops at the input cap and exits 2 (it used to grow to 17 GB)', () => {
    const { code, out, err } = jevons(['run', '/dev/zero']);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toBe("jevons: '/dev/zero' is larger than 1,000,000 bytes; a scenario is a few kB\n");
  });

  it('a YAML scenario on standard input is read', () => {
    const { code, err, out } = jevons(
      ['run', '-', '--format', 'json'],
      'name: piped\nparameters:\n  horizonMonths: 24\n',
    );
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(JSON.parse(out).scenario.name).toBe('piped');
  });

  it.each([
    ['run', 'deepseek-shock', '--format', 'json'],
    ['run', 'deepseek-shock', '--format', 'csv'],
    ['sweep', 'deepseek-shock', '--steps', '2000', '--format', 'csv', '--set', 'horizonMonths=12'],
  ])('piped into `head -1`, %s %s … ends quietly (no EPIPE stack)', (...args) => {
    const command = `"${process.execPath}" "${BIN}" ${args.join(' ')} | head -1`;
    const result = spawnSync('sh', ['-c', command], { cwd: dir, encoding: 'utf8', timeout: TIMEOUT });
    expect(result.stderr).toBe('');
    expect(result.stdout.split('\n').filter(Boolean)).toHaveLength(1);
  });

  it('--out writes through a temporary file and leaves nothing else behind', () => {
    writeFileSync(join(dir, 's.json'), SCENARIO);
    const { code, err } = jevons(['run', 's.json', '--format', 'json', '--out', 'report.json']);
    expect(code).toBe(0);
    expect(err).toBe('wrote report.json\n');
    expect(JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')).scenario.name).toBe('s');
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('--out never replaces the file the command reads, even through a link', () => {
    writeFileSync(join(dir, 'keep.json'), SCENARIO);
    symlinkSync(join(dir, 'keep.json'), join(dir, 'link.json'));
    for (const out of ['keep.json', './keep.json', 'link.json']) {
      const { code, err } = jevons(['run', 'keep.json', '--out', out]);
      expect(code).toBe(2);
      expect(err).toMatch(/is a file this command reads/);
      expect(readFileSync(join(dir, 'keep.json'), 'utf8')).toBe(SCENARIO);
    }
  });

  it('a failed --out write leaves what was there intact and no temporary file', () => {
    // Renaming a file over a directory fails for every user (permissions would not stop root).
    const target = join(dir, 'taken');
    mkdirSync(target);
    writeFileSync(join(target, 'inside.txt'), 'old');
    const { code, err } = jevons(['run', 'deepseek-shock', '--set', 'horizonMonths=24', '--out', 'taken']);
    expect(code).toBe(2);
    expect(err).toMatch(/^jevons: cannot write --out 'taken': E(ISDIR|NOTEMPTY|EXIST)\n$/);
    expect(readFileSync(join(target, 'inside.txt'), 'utf8')).toBe('old');
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('Ctrl-C during a run leaves the --out file as it was, never a partial one', async () => {
    const target = join(dir, 'interrupted.csv');
    writeFileSync(target, 'old');
    const child = spawn(
      process.execPath,
      [BIN, 'sweep', 'deepseek-shock', '--steps', '3000', '--format', 'csv', '--out', target],
      { cwd: dir, stdio: 'ignore' },
    );
    await new Promise((done) => child.once('spawn', done));
    child.kill('SIGINT');
    await new Promise((done) => child.once('exit', done));
    const text = readFileSync(target, 'utf8');
    // Either untouched, or (if the run had already finished) the whole report.
    if (text !== 'old') expect(text.trim().split('\n')).toHaveLength(3001);
    expect(readdirSync(dir).filter((name) => name.startsWith('.interrupted.csv'))).toEqual([]);
  });
});
