// The app's DOM-free model in Node: what runs when, and what arrives from the background.
import { describe, expect, it } from 'vitest';
import type { AnalysisTransport } from '../../web/analysis/analysis-client';
import { inProcessTransport } from '../../web/analysis/in-process-transport';
import type { Stage, ToWorker } from '../../web/analysis/analysis-protocol';
import { AppModel, type AppView } from '../../web/app/app-model';
import { createInProcessRunner, type McRunner } from '../../web/uncertainty/mc-runner';

/** The in-process Monte Carlo with few samples, so a test gets its bands in well under a second. */
function smallMonteCarlo(): McRunner {
  const inner = createInProcessRunner({ chunk: 20 });
  return {
    run: (payload, onProgress) => inner.run({ ...payload, samples: 60 }, onProgress),
    cancel: () => inner.cancel(),
    terminate: () => inner.terminate(),
  };
}

/** The in-process analysis, recording which stages each request asked for. */
function recordingAnalysis(asked: Stage[][]): AnalysisTransport {
  const inner = inProcessTransport();
  return {
    post: (message: ToWorker) => {
      if (message.type === 'run') asked.push([...message.payload.stages]);
      inner.post(message);
    },
    listen: (handler) => inner.listen(handler),
    close: () => inner.close(),
  };
}

/** The in-process analysis, adding after every sweep the notice a worker sends when it leaves points out. */
function noticingAnalysis(asked: Stage[][]): AnalysisTransport {
  const inner = recordingAnalysis(asked);
  return {
    ...inner,
    listen: (handler) =>
      inner.listen((message) => {
        handler(message);
        if (message.type === 'stage' && message.stage === 'sweep') {
          handler({ type: 'notice', id: message.id, message: 'elasticities 2.9 and 3 are left out: test' });
        }
      }),
  };
}

function setup(hash = '', transport = recordingAnalysis) {
  const asked: Stage[][] = [];
  const model = new AppModel({
    hash,
    browserLanguage: 'en-GB',
    frame: (callback) => setTimeout(callback, 0),
    analysisTransport: () => transport(asked),
    mcRunner: smallMonteCarlo,
  });
  const views: AppView[] = [];
  /** Resolves with the first view (from now on) for which `test` holds. */
  const when = (test: (view: AppView) => boolean) =>
    new Promise<AppView>((resolve) => {
      const stop = model.subscribe((view) => {
        if (!test(view)) return;
        stop();
        resolve(view);
      });
    });
  model.subscribe((view) => views.push(view));
  return { model, asked, views, when };
}

const settled = (v: AppView) =>
  v.result !== null &&
  v.mc.result !== null &&
  !v.flags['data-mc-busy'] &&
  !v.flags['data-analysis-busy'] &&
  !v.stale.waterfall &&
  !v.stale.curve;

describe('AppModel', { timeout: 60_000 }, () => {
  it('runs the deterministic model once per scenario: Monte Carlo bands and the analysis arriving rebuild views without rerunning it', async () => {
    const { model, asked, when } = setup();
    const first = when((v) => v.result !== null);
    model.start();
    const view = await first;
    expect(model.engineRuns).toBe(1);
    expect(view.inputTime).not.toBeNull();
    expect(view.verdict?.breakEven.every((b) => b.pending)).toBe(true);
    const done = await when(settled);
    // Bands, break-even, decomposition and curve all came in; the model did not run again.
    expect(model.engineRuns).toBe(1);
    expect(done.inputTime).toBeNull();
    expect(done.specs.some((s) => (s.bands?.length ?? 0) > 0)).toBe(true);
    expect(done.waterfall?.steps).toHaveLength(6);
    expect(done.elasticity).not.toBeNull();
    expect(done.verdict?.breakEven.some((b) => b.pending)).toBe(false);
    expect(done.result?.decomposition).toHaveLength(3);
    expect(asked).toEqual([['breakEven', 'decomposition', 'sweep']]);
    model.stop();
  });

  it('coalesces a burst of slider input into one run, and reuses what does not depend on the elasticity', async () => {
    const { model, asked, when } = setup();
    model.start();
    const before = await when(settled);
    const elasticity = before.state.scenario.parameters.elasticity as number;
    const next = when((v) => v.inputTime === 123 && v.result !== null);
    model.setParameter('elasticity', elasticity + 0.1, 100);
    model.setParameter('elasticity', elasticity + 0.2, 110);
    model.setParameter('elasticity', elasticity + 0.3, 123);
    const moved = await next;
    expect(model.engineRuns).toBe(2);
    expect(moved.state.scenario.parameters.elasticity).toBe(elasticity + 0.3);
    // The break-even elasticity and the curve do not depend on the elasticity: kept, not asked again.
    expect(moved.verdict?.breakEven.some((b) => b.pending)).toBe(false);
    expect(moved.stale).toEqual({ waterfall: true, curve: false });
    await when(settled);
    expect(asked.at(-1)).toEqual(['decomposition']);
    expect(model.engineRuns).toBe(2);
    model.stop();
  });

  it('shows what the analysis left out for the scenario on screen, and drops it for the next one', async () => {
    const { model, when } = setup('', noticingAnalysis);
    model.start();
    const done = await when((v) => settled(v) && v.notices.length > 0);
    expect(done.notices).toEqual(['elasticities 2.9 and 3 are left out: test']);
    const before = done.state.scenario;
    model.update({ scenario: { ...before, parameters: { ...before.parameters, qualityShock: 0.5 } } }, 0);
    const next = await when((v) => v.state.scenario !== before);
    expect(next.notices).toEqual([]);
    model.stop();
  });

  it('changes language, theme and basis without running the engine', async () => {
    const { model, when } = setup();
    model.start();
    const before = await when(settled);
    const zh = when((v) => v.state.lang === 'zh');
    model.update({ lang: 'zh', theme: 'dark', basis: 'capex' });
    const view = await zh;
    expect(model.engineRuns).toBe(1);
    expect(view.verdict?.sentence).not.toBe(before.verdict?.sentence);
    expect(view.waterfall?.title).toMatch(/GPU资本开支/);
    expect(view.hash).toBe('lang=zh&theme=dark&basis=capex');
    model.stop();
  });

  it('adds the observed figures when their chunk arrives and redraws them for an import, without running the engine', async () => {
    const { model, when } = setup();
    const figures = when((v) => v.observed !== null && v.result !== null);
    model.start();
    const feature = await model.observedReady();
    const view = await figures;
    expect(view.flags['data-observed-loading']).toBe(false);
    expect(view.specs.find((s) => s.id === 'fleet')?.observations?.length).toBeGreaterThan(0);
    const square = (v: AppView) =>
      v.specs.find((s) => s.id === 'fleet')?.observations?.some((o) => o.shape === 'square') ?? false;
    const imported = when(square);
    feature.imported.importText('mine.csv', 'series,period,aggregation,value\nfleetH100e,2024-06,end,3e6');
    expect((await imported).inputTime).not.toBeNull();
    expect(model.engineRuns).toBe(1);
    model.stop();
  });

  it('says why a scenario cannot run (the shock after the end), in the reader’s words', async () => {
    const { model, when } = setup();
    model.start();
    await when((v) => v.result !== null);
    const broken = when((v) => v.error !== null);
    model.setParameter('shockMonth', 40, 1);
    model.setParameter('horizonMonths', 24, 2);
    const view = await broken;
    expect(view.result).toBeNull();
    expect(view.specs).toEqual([]);
    expect(view.error).toMatch(/shockMonth must be below horizonMonths/);
    model.stop();
  });
});

describe('runVerdict', () => {
  it('gives finite numbers or the reader’s sentence for a wild demand curve, never NaN', async () => {
    const { parseScenario } = await import('../../src/scenario/parse');
    const { runVerdict } = await import('../../web/state/verdict-run');
    const { firstNonFinite } = await import('../../src/report/series-csv');
    for (const expression of ['x^(-75)', '1e300 * x^(-30)', 'x^(-eps) * 1e290']) {
      const parsed = parseScenario({ name: 'wild', demandCurve: { expression } });
      // The reader may refuse it already when it probes the curve: the same promise, kept earlier.
      if (!parsed.ok) continue;
      const run = runVerdict(parsed.scenario);
      if (run.result) {
        for (const r of [run.result.base, run.result.mechanical, run.result.scenario]) {
          expect(firstNonFinite(r)).toBeUndefined();
        }
      } else {
        expect(run.error).toMatch(/demandCurve expression|not a finite number/);
      }
    }
  });
});
