// The calibration: deterministic, reproducing the catalogue's saved defaults bit for bit, and within
// 2× of every in-sample observation the model's structure can express.
import { describe, expect, it } from 'vitest';
import { VINTAGE } from '../../models/calendar';
import { FITTED_VALUES } from '../../models/calibration/fitted';
import { FIT_DIMENSIONS } from '../../models/calibration/spec';
import { parameterById } from '../../models';
import { inSampleObservations } from '../../models/observations/in-sample';
import { publishedBy } from '../../models/vintage';
import { backtest } from '../../src/calibration/backtest';
import { calibrate } from '../../src/calibration/calibrate';
import { scenarioFromValues } from '../../src/scenario/from-preset';
import { readFileSync } from 'node:fs';
import { fitTableMarkdown } from '../../src/calibration/fit-table';
import { fittedFileText } from '../../src/calibration/fitted-file';

describe('calibration to the in-sample observations', () => {
  const result = calibrate();

  it('reproduces the saved defaults bit for bit (rerun `npm run calibrate` after changing the model or the data)', () => {
    expect(result.values).toEqual(FITTED_VALUES);
    for (const [id, value] of Object.entries(FITTED_VALUES)) {
      expect(Object.is(parameterById[id as keyof typeof parameterById].value, value), id).toBe(true);
    }
  });

  it('gives the same numbers twice (no state leaks between fits)', () => {
    expect(fittedFileText(calibrate())).toBe(fittedFileText(result));
  });

  it('meets every fitted observation within 2× (a bound counts when it holds), and says why each other one is left out', () => {
    const fitted = result.rows.filter((r) => !r.leftOut);
    expect(fitted.length).toBeGreaterThanOrEqual(15);
    for (const r of fitted) {
      const side = r.observation.side;
      const met =
        (side === 'atLeast' && r.logError >= 0) ||
        (side === 'atMost' && r.logError <= 0) ||
        Math.abs(r.logError) <= Math.LN2;
      expect(met, `${r.observation.id}: model/observed ${Math.exp(r.logError).toFixed(2)}`).toBe(true);
    }
    for (const r of result.rows.filter((x) => x.leftOut))
      expect(r.leftOut?.length, r.observation.id).toBeGreaterThan(10);
    expect(result.summary.withinTwofold).toBe(result.summary.fitted);
    expect(result.summary.converged).toBe(true);
  });

  it('reads only observations published by the vintage', () => {
    for (const r of result.rows) {
      const supported = r.observation.sources.some((s) => !s.contextOnly && publishedBy(s.date, VINTAGE));
      if (!r.leftOut) expect(supported, r.observation.id).toBe(true);
      if (!supported) expect(r.leftOut, r.observation.id).toMatch(/after the vintage/);
    }
  });

  it('fits fewer observations at an earlier vintage, and still converges', () => {
    const early = calibrate({ asOf: '2024-06-30' });
    expect(early.summary.fitted).toBeLessThan(result.summary.fitted);
    expect(early.summary.converged).toBe(true);
    for (const r of early.rows.filter((x) => !x.leftOut)) {
      expect(
        r.observation.sources.some((s) => publishedBy(s.date, '2024-06-30')),
        r.observation.id,
      ).toBe(true);
    }
  });

  it('keeps a fitted parameter near its prior unless the data insist (each shift under 2.5 prior sd)', () => {
    for (const d of result.dimensions) expect(Math.abs(d.shiftInSd), d.id).toBeLessThan(2.5);
    expect(result.dimensions.map((d) => d.id)).toEqual(FIT_DIMENSIONS.map((d) => d.id));
  });

  it('keeps the hand-set value as the prior and names the fit in a derived source', () => {
    for (const id of Object.keys(FITTED_VALUES)) {
      const def = parameterById[id as keyof typeof parameterById];
      expect(def.prior, id).toBeTypeOf('number');
      expect(def.sources[0].kind, id).toBe('derived');
      expect(def.sources[0].date, id).toBe(VINTAGE);
      expect(JSON.stringify(def.sources[0]), id).toMatch(/npm run calibrate/);
    }
  });

  it('gives each fitted parameter a Monte Carlo distribution from the fit’s posterior, centred on the fitted value', () => {
    for (const d of result.dimensions) {
      expect(d.posteriorSd, d.id).toBeGreaterThan(0);
      expect(d.posteriorSd, `${d.id}: the data narrow the prior`).toBeLessThanOrEqual(
        (FIT_DIMENSIONS.find((x) => x.id === d.id)?.priorSd ?? 0) * 1.000001,
      );
      for (const p of d.params) {
        const u = parameterById[p.id].uncertainty;
        expect(u?.dist, p.id).toBe('triangular');
        if (u?.dist === 'triangular') expect(u.mode, p.id).toBe(p.fitted);
      }
    }
  });

  it('keeps sampled runs near what was observed: the p5–p95 band covers most two-sided in-sample figures', () => {
    const twoSided = inSampleObservations.filter(
      (o) => !o.side && !o.notFitted && o.sources.some((s) => !s.contextOnly && publishedBy(s.date, VINTAGE)),
    );
    const scored = backtest(scenarioFromValues({ horizonMonths: 12 }), twoSided, { samples: 200, seed: 1 });
    expect(scored.summary.scored).toBe(twoSided.length);
    expect(scored.summary.coverage).toBeGreaterThanOrEqual(0.75);
  });

  it('builds the catalogue without Math.exp, Math.log or Math.pow, whose last bit differs between Node and Chromium', () => {
    const files = ['models/calibration/apply-fit.ts', 'models/parameters/index.ts'];
    for (const f of files) {
      const text = readFileSync(new URL(`../../${f}`, import.meta.url), 'utf8').replace(/\/\/.*$/gm, '');
      expect(text, f).not.toMatch(/Math\.(exp|log|pow)\(/);
    }
  });

  it('is the fit table the README shows (regenerate with `jevons calibrate --format md`)', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const block = readme.split('<!-- fit-table -->\n')[1]?.split('<!-- /fit-table -->')[0];
    expect(block).toBe(fitTableMarkdown(result));
  });

  it('has an id, a date-stamped source and a definition for every observation', () => {
    const ids = new Set<string>();
    for (const o of inSampleObservations) {
      expect(ids.has(o.id), o.id).toBe(false);
      ids.add(o.id);
      expect(o.sources.length, o.id).toBeGreaterThan(0);
      for (const s of o.sources) expect(s.date, o.id).toMatch(/^\d{4}(-\d{2}){0,2}$/);
      expect(o.definition.length, o.id).toBeGreaterThan(20);
      if (o.low !== undefined) expect(o.low).toBeLessThanOrEqual(o.value);
      if (o.high !== undefined) expect(o.high).toBeGreaterThanOrEqual(o.value);
    }
  });
});
