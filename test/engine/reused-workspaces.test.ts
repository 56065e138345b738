import { describe, expect, it } from 'vitest';
import { jevons } from '../../src/engine/jevons';
import type { JevonsResult } from '../../src/model/types';
import { scenarioWith } from './helpers';

// jevons() keeps every buffer of its runs between calls but the series it hands out (simulate.ts,
// handedWorkspace; the decomposition's and break-even's scratch workspaces): a result must not
// change when later calls reuse those buffers, and a call must not depend on the calls before it.

function snapshot(result: JevonsResult): string {
  return JSON.stringify(result, (_, v) => (v instanceof Float64Array ? Array.from(v) : v));
}

describe('jevons() results and the buffers it reuses', () => {
  it('a result stays as it was after other calls, and the same call gives it again bit for bit', () => {
    const first = jevons(scenarioWith({ elasticity: 1.3 }));
    const before = snapshot(first);
    jevons(scenarioWith({ elasticity: 0.4, incumbentResponse: 0.9 }));
    jevons(scenarioWith({ scarcityExponent: 0, leadTimeMonths: 3 }));
    expect(snapshot(first)).toBe(before);
    expect(snapshot(jevons(scenarioWith({ elasticity: 1.3 })))).toBe(before);
  });
});
