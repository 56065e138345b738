import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The example scripts run as a user runs them — `node examples/x.mjs` importing the built package
// by its name — so they break if the published API does.
function run(script: string, args: string[] = []): string {
  if (!existsSync('dist/jevons.js'))
    throw new Error('dist/jevons.js is missing: run `npm run build:lib` first');
  return execFileSync(process.execPath, [script, ...args], { encoding: 'utf8', timeout: 60_000 });
}

describe('example scripts', () => {
  it('bull-or-bear sweeps the market elasticity on compute served and capex, with both break-evens', () => {
    const out = run('examples/bull-or-bear.mjs');
    const rows = out.split('\n').filter((line) => /^\s+\d\.\d\d\s/.test(line));
    expect(rows.length).toBe(13);
    for (const row of rows) {
      expect(row).toMatch(/H100e-h\s+[+−]\d+\.\d%\s+\$[\d.]+ [MBT]\s+[+−]\d+\.\d%\s+(bullish|bearish)$/);
    }
    expect(out).toMatch(/Break-even elasticity on compute served: (\d\.\d{3}\.|none in)/);
    expect(out).toMatch(/Break-even elasticity on capex: (\d\.\d{3}\.|none in)/);
    expect(out).not.toMatch(/NaN|Infinity/);
  });

  it('capex-vs-announced sets every preset’s simulated 2025 capex beside the announced big-four figure', () => {
    const out = run('examples/capex-vs-announced.mjs');
    expect(out).toMatch(/Announced: .*\$3[0-9]0 B/);
    for (const id of ['pre-deepseek', 'deepseek-shock', 'textbook'])
      expect(out).toMatch(
        new RegExp(`^${id}\\s+\\$[\\d.]+ [MBT]\\s+\\$[\\d.]+ [MBT]\\s+\\$[\\d.]+ [MBT]\\s+\\d+%$`, 'm'),
      );
    expect(out).not.toMatch(/NaN|Infinity/);
  });
});
