import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The example scripts run as a user runs them — `node examples/x.mjs` importing the built package
// by its name — so they break if the published API does.
function run(script: string, args: string[] = []): string {
  if (!existsSync('dist/jevons.js'))
    throw new Error('dist/jevons.js is missing: run `npm run build:lib` first');
  return execFileSync(process.execPath, [script, ...args], { encoding: 'utf8', timeout: 30_000 });
}

describe('example scripts', () => {
  it('bull-or-bear sweeps elasticity and names the break-even point', () => {
    const out = run('examples/bull-or-bear.mjs');
    const rows = out.split('\n').filter((line) => /^\s+\d\.\d\d\s/.test(line));
    expect(rows.length).toBe(13);
    expect(rows[0]).toMatch(/bearish$/);
    expect(rows[rows.length - 1]).toMatch(/bullish$/);
    expect(out).toMatch(/Break-even elasticity: \d\.\d{3}\./);
    expect(out).not.toMatch(/NaN|Infinity/);
  });

  it('capex-vs-announced compares every preset with the announced $300 B', () => {
    const out = run('examples/capex-vs-announced.mjs');
    expect(out).toMatch(/Announced: .*\$300 B/);
    for (const id of ['pre-deepseek', 'deepseek-shock', 'jevons-bull', 'efficiency-bear'])
      expect(out).toMatch(new RegExp(`^${id}\\s`, 'm'));
    expect(out).not.toMatch(/NaN|Infinity/);
  });
});
