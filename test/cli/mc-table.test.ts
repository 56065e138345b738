// `jevons mc`'s table, in-process: the sampled distributions are listed in the report layer's words
// (src/report/distribution-text.ts, the app's panel uses the same), every number with its unit.
import { describe, expect, it } from 'vitest';
import { parameterById } from '../../models/index';
import { main } from '../../src/cli/main';
import { memoryIO } from './memory-io';

async function cli(argv: string[]) {
  const mem = memoryIO();
  const code = await main(argv, mem.io);
  return { code, out: mem.stdout(), err: mem.stderr() };
}

describe('jevons mc, table: the uncertain parameters', { timeout: 120_000 }, () => {
  it('lists each with its family and numbers in its unit, never a raw exponent, NaN or placeholder', async () => {
    const r = await cli([
      'mc',
      'deepseek-shock',
      '--samples',
      '4',
      '--threads',
      '1',
      '--set',
      'horizonMonths=12',
    ]);
    expect(r.code).toBe(0);
    const head = /Uncertain parameters \((\d+)\):\n((?: {2}.*\n)+)/.exec(r.out);
    expect(head).not.toBeNull();
    const lines = (head?.[2] ?? '').trimEnd().split('\n');
    expect(lines).toHaveLength(Number(head?.[1]));
    for (const line of lines) {
      const [, id, text] = /^ {2}(\w+): (.*)$/.exec(line) ?? [];
      expect(id in parameterById, line).toBe(true);
      expect(text, line).toMatch(
        /^(fixed at|uniform from|triangular:|fitted, triangular:|normal:|lognormal:) /,
      );
      expect(text, line).not.toMatch(/e[+-]\d|NaN|Infinity|undefined|[{}]/);
      const unit = parameterById[id as keyof typeof parameterById].unit;
      if (unit === 'share') expect(text, line).toMatch(/%/);
      if (unit.startsWith('USD')) expect(text, line).toMatch(/\$/);
    }
  });
});
