import { VINTAGE } from '../../models/calendar';
import type { JevonsResult, Scenario, SimulationResult } from '../../src/model/types';
import type { StageValues } from '../analysis/analysis-protocol';
import type { ElasticityChartSpec, TimeChartSpec } from '../charts/chart-spec';
import type { WaterfallSpec } from '../charts/waterfall-vm';
import type { ImportedFile } from '../observed/imported-store';
import type { ObservedFeature } from '../observed/observed-feature';
import type { ObservedView } from '../observed/observed-layer';
import type { AppState, StateProblem } from '../state/app-state';
import { encodeState } from '../state/url-state';
import { runBaseline, type VerdictRun } from '../state/verdict-run';
import type { McResult } from '../uncertainty/mc-protocol';
import type { McStatus } from '../uncertainty/mc-scheduler';
import { bandReach, holdReach, NO_REACH, type BandReach } from './band-reach';
import { type ChartBands, timeChartSpecs } from './chart-models';
import { decompositionSpec } from './decomposition-model';
import { elasticitySpec } from './elasticity-model';
import { memo } from './memo';
import { keepIfSame } from './spec-memo';
import { type VerdictView, verdictView } from './verdict-model';

/** Everything the page shows for one moment: built here without the DOM, drawn by jv-app and its parts. */
export interface AppView {
  state: AppState;
  /** The URL hash for this state. */
  hash: string;
  /** The verdict of the current scenario, with the break-even and decomposition once they arrived. */
  result: JevonsResult | null;
  /** Why there is no result (the reader's words), or null. */
  error: string | null;
  /** The run behind the dashed lines: the base run, or the chosen preset or saved scenario. */
  overlay: SimulationResult | null;
  /** The preset or saved scenario behind the dashed lines; null for the run without the shock. */
  baselineScenario: Scenario | null;
  specs: readonly TimeChartSpec[];
  /** The observed figures on the charts (the in-sample set and the reader's imports), listed; null before a run. */
  observed: ObservedView | null;
  verdict: VerdictView | null;
  waterfall: WaterfallSpec | null;
  elasticity: ElasticityChartSpec | null;
  /** Analysis (break-even, decomposition, sweep) or a link still being read. */
  pending: { analysis: boolean; reading: boolean };
  /**
   * The waterfall and the curve shown are those of an earlier state while the current one is
   * worked out (kept on screen, marked as updating, rather than removed on every slider step).
   */
  stale: { waterfall: boolean; curve: boolean };
  /**
   * What the analysis left out for the current scenario and why (a decomposition resting on runs
   * that state no answer, sweep points where a demand curve gave an unusable value), in the
   * engine's words.
   */
  notices: readonly string[];
  mc: { result: McResult | null; status: McStatus };
  problems: readonly StateProblem[];
  message: string;
  /** Flags the app element mirrors as attributes (`data-mc-busy`, `data-analysis-busy`) for tests. */
  flags: Readonly<Record<string, boolean>>;
  /**
   * `performance.now()` of the input this view answers, or null for a view made because background
   * work (Monte Carlo bands, the analysis) arrived.
   */
  inputTime: number | null;
}

/** The analysis' stages: those that hold for the current scenario, and the latest of any scenario. */
interface StageSet {
  breakEven?: StageValues['breakEven'];
  decomposition?: StageValues['decomposition'];
  sweep?: StageValues['sweep'];
}

/** What the model knows at one moment, from which the view is built. */
export interface ViewInputs {
  state: AppState;
  /** The deterministic run of the current scenario, or null while it has not run. */
  run: VerdictRun | null;
  /** The preset or saved scenario behind the dashed lines; null for the run without the shock. */
  baseline: Scenario | null;
  current: StageSet;
  latest: StageSet;
  bands: ChartBands;
  observedFeature: ObservedFeature | null;
  analysisBusy: boolean;
  reading: boolean;
  mc: AppView['mc'];
  notices: readonly string[];
  problems: readonly StateProblem[];
  message: string;
  flags: Readonly<Record<string, boolean>>;
  inputTime: number | null;
}

/** Before any break-even has arrived: one constant object, so the memoised curve keeps its spec. */
const NO_BREAK_EVEN: Partial<Record<'servedCompute' | 'capex', never>> = Object.freeze({});
/** No imported observations (one array, so the memoised charts keep their specs). */
const NO_FILES: readonly ImportedFile[] = Object.freeze([]);

/**
 * Turns what the model knows into the view, every part memoised on its inputs: a part whose
 * inputs did not change is the same object as before, so the element bound to it does not redraw
 * (the charts keep a spec that would draw the same picture, see keepIfSame).
 */
export class ViewBuilder {
  private previousSpecs: readonly TimeChartSpec[] = [];
  /** Where the last Monte Carlo bands reached, held on the axes until the next bands arrive. */
  private reach: BandReach = NO_REACH;

  private readonly merged = memo(
    (
      result: JevonsResult,
      breakEven: StageValues['breakEven'] | undefined,
      decomposition: StageValues['decomposition'] | undefined,
    ): JevonsResult => ({
      ...result,
      ...(breakEven ? { breakEvenElasticity: breakEven } : {}),
      ...(decomposition ? { decomposition } : {}),
    }),
  );
  private readonly verdict = memo(verdictView);
  private readonly hash = memo(encodeState);
  private readonly waterfall = memo(decompositionSpec);
  private readonly curve = memo(elasticitySpec);
  private readonly charts = memo(
    (
      run: SimulationResult,
      baseline: SimulationResult,
      shockMonth: number,
      lang: AppState['lang'],
      bands: ChartBands,
      feature: ObservedFeature | null,
      files: readonly ImportedFile[],
      asOf: string,
      bandsPending: boolean,
    ) => {
      let charts = timeChartSpecs({ run, baseline, shockMonth, lang }, bands);
      if (charts.some((spec) => spec.bands?.length)) this.reach = bandReach(charts);
      else if (bandsPending) charts = charts.map((spec) => holdReach(spec, this.reach));
      else this.reach = NO_REACH;
      const observed = feature ? feature.layer.apply(charts, run, files, lang, asOf) : null;
      const kept = (observed?.specs ?? charts).map((spec, i) => keepIfSame(this.previousSpecs[i], spec));
      this.previousSpecs = kept;
      return { specs: kept, observed: observed?.view ?? null };
    },
  );

  build(inputs: ViewInputs): AppView {
    const { state: s, run, current, latest } = inputs;
    const result = run?.result ? this.merged(run.result, current.breakEven, current.decomposition) : null;
    const shownDecomposition = current.decomposition ?? latest.decomposition;
    const shownSweep = current.sweep ?? latest.sweep;
    const shownBreakEven = (current.sweep ? current.breakEven : latest.breakEven) ?? NO_BREAK_EVEN;
    const shockMonth = s.scenario.parameters.shockMonth;
    const elasticity = s.scenario.parameters.elasticity;
    const overlay = result
      ? inputs.baseline
        ? (runBaseline(inputs.baseline) ?? result.base)
        : result.base
      : null;
    let specs: readonly TimeChartSpec[] = [];
    let observed: ObservedView | null = null;
    if (result && overlay && typeof shockMonth === 'number') {
      const feature = inputs.observedFeature;
      ({ specs, observed } = this.charts(
        result.scenario,
        overlay,
        shockMonth,
        s.lang,
        inputs.bands,
        feature,
        feature?.imported.files ?? NO_FILES,
        s.scenario.asOf ?? VINTAGE,
        inputs.flags['data-mc-busy'] === true,
      ));
    }
    return {
      state: s,
      hash: this.hash(s),
      result,
      error: run?.error ?? null,
      overlay,
      baselineScenario: inputs.baseline,
      specs,
      observed,
      verdict: result ? this.verdict(result, !current.breakEven && inputs.analysisBusy, s.lang) : null,
      waterfall: result && shownDecomposition ? this.waterfall(shownDecomposition, s.basis, s.lang) : null,
      elasticity:
        result && shownSweep
          ? this.curve(
              shownSweep,
              s.basis,
              shownBreakEven,
              typeof elasticity === 'number' ? elasticity : Number.NaN,
              s.lang,
            )
          : null,
      pending: { analysis: inputs.analysisBusy, reading: inputs.reading },
      stale: { waterfall: !current.decomposition, curve: !current.sweep },
      mc: inputs.mc,
      notices: inputs.notices,
      problems: inputs.problems,
      message: inputs.message,
      flags: inputs.flags,
      inputTime: inputs.inputTime,
    };
  }
}
