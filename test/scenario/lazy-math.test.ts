import { describe, expect, it, vi } from 'vitest';

// Count how often the scenario layer asks for the mathjs instance.
const calls = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../src/scenario/math', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/scenario/math')>();
  return {
    getMath: () => {
      calls.count++;
      return original.getMath();
    },
  };
});

const { parseScenario } = await import('../../src/scenario/parse');

describe('mathjs is built only when a value needs it', () => {
  it('parses numbers and percentages without touching mathjs, and uses it for units', () => {
    const numeric = parseScenario({
      name: 'n',
      parameters: { elasticity: 1.3, horizonMonths: '36', challengerShareMax: '25%' },
    });
    expect(numeric.ok).toBe(true);
    expect(calls.count).toBe(0);
    const withUnit = parseScenario({ name: 'u', parameters: { rentalPriceFloor: '2 USD/GPUh' } });
    expect(withUnit.ok).toBe(true);
    expect(calls.count).toBeGreaterThan(0);
  });
});
