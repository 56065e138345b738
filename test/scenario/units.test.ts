import { describe, expect, it } from 'vitest';
import type { ParameterDef } from '../../models/schema';
import { convertToCatalogueUnit } from '../../src/scenario/units';

/** A definition with only what conversion reads; the catalogue's own entries are tested in parse tests. */
function def(partial: Partial<ParameterDef> & Pick<ParameterDef, 'id' | 'unit'>): ParameterDef {
  return {
    value: 1,
    min: 0,
    max: 1e30,
    step: 1,
    scale: 'linear',
    group: 'compute',
    label: { en: partial.id, zh: partial.id },
    description: { en: '', zh: '' },
    sources: [],
    ...partial,
  };
}

const rentalFloor = def({ id: 'rentalPriceFloor', unit: 'USD/H100e-hour', mathUnit: 'USD/GPUh' });
const price = def({ id: 'commodityListPrice', unit: 'USD/Mtok', mathUnit: 'USD/Mtok' });
const peakFlops = def({ id: 'gpuPeakFlops', unit: 'FLOP/s', mathUnit: 'FLOP/s' });
const tokens = def({ id: 'tokensPerMonth', unit: 'tokens/month', mathUnit: 'token/month' });
const horizon = def({ id: 'horizonMonths', unit: 'months', mathUnit: 'month', integer: true });
const share = def({ id: 'challengerShareMax', unit: 'share' });
const factor = def({ id: 'qualityGrowthPerYear', unit: '×/yr' });

function value(text: string, target: ParameterDef): number {
  const result = convertToCatalogueUnit(text, target);
  if (!result.ok) throw new Error(result.message);
  return result.value;
}

function message(text: string, target: ParameterDef): string {
  const result = convertToCatalogueUnit(text, target);
  expect(result.ok, `'${text}' should be refused`).toBe(false);
  return result.ok ? '' : result.message;
}

describe('convertToCatalogueUnit', () => {
  it('converts quantities into the catalogue unit', () => {
    expect(value('2.19 USD/Mtok', price)).toBeCloseTo(2.19, 12);
    expect(value('0.002 USD/ktok', price)).toBeCloseTo(2, 12);
    expect(value('2.19e-6 USD/token', price)).toBeCloseTo(2.19, 12);
    expect(value('989 TFLOP/s', peakFlops)).toBeCloseTo(9.89e14, 0);
    expect(value('1.979 PFLOP/s', peakFlops)).toBeCloseTo(1.979e15, 0);
    expect(value('2 USD/GPUh', rentalFloor)).toBe(2);
    expect(value('48 USD/day/GPU', rentalFloor)).toBeCloseTo(2, 12);
    expect(value('12 Gtok/month', tokens)).toBeCloseTo(1.2e10, 0);
    expect(value('1.2e10 tokens/month', tokens)).toBeCloseTo(1.2e10, 0);
  });

  it('converts years to months as an exact whole number for integer parameters', () => {
    expect(value('5 year', horizon)).toBe(60);
    expect(value('3 yr', horizon)).toBe(36);
    expect(value('2.5 years', horizon)).toBe(30);
  });

  it('reads plain numbers as already in the catalogue unit', () => {
    expect(value('1.5', share)).toBe(1.5);
    expect(value(' 2.19 ', price)).toBe(2.19);
    expect(value('-3e2', factor)).toBe(-300);
  });

  it('reads percentages for shares and ratios, not for multiplicative factors', () => {
    expect(value('30%', share)).toBeCloseTo(0.3, 15);
    expect(value('2.5 %', share)).toBeCloseTo(0.025, 15);
    expect(message('30%', factor)).toMatch(/qualityGrowthPerYear .*not a percentage/);
  });

  it('names the expected unit and what was given when the dimensions differ', () => {
    expect(message('3 FLOP', rentalFloor)).toBe("rentalPriceFloor expects USD/GPUh; '3 FLOP' is FLOP");
    expect(message('2 USD', price)).toMatch(/commodityListPrice expects USD\/Mtok; '2 USD' is USD/);
    expect(message('1 month', peakFlops)).toMatch(/expects FLOP\/s/);
  });

  it('refuses unknown units, units without a number and units on unitless parameters', () => {
    expect(message('2 USDX/GPUh', rentalFloor)).toMatch(/could not read '2 USDX\/GPUh'/);
    expect(message('USD/GPUh', rentalFloor)).toMatch(/no number/);
    expect(message('0.4 USD', share)).toMatch(/challengerShareMax is a plain number \(share\)/);
    expect(message('', share)).toMatch(/empty/);
  });
});
