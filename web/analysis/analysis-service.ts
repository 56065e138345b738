/**
 * The worker side of the analysis, independent of where it runs: the Web Worker wires it to
 * `self.postMessage`, the in-process transport to structuredClone, so Node tests drive the same
 * code. Only the newest request matters: between stages it yields to the event loop and abandons
 * the run if a newer request or a cancel has come in.
 */
import { quoted } from '../../src/format/text';
import type { Scenario } from '../../src/model/types';
import { BASIS_WORDS } from '../../src/report/verdict-text';
import { checkedJevons } from '../../src/scenario/checked-jevons';
import { channelYield } from '../uncertainty/channel-yield';
import { checkedSweep } from './checked-sweep';
import {
  type AnalysisPayload,
  type FromWorker,
  fromPayload,
  type Stage,
  type StageValues,
  type ToWorker,
} from './analysis-protocol';

export type Post = (message: FromWorker, transfer: ArrayBuffer[]) => void;
type CurveCompiler = (source: string) => Promise<(x: number, eps: number) => number>;

export interface AnalysisServiceOptions {
  /** Lets queued messages run between stages (default: a MessageChannel round trip). */
  yieldToEvents?: () => Promise<void>;
  /** Compiles a demand-curve expression (loads the parser only when a scenario needs it). */
  compileCurve?: CurveCompiler;
}

const defaultCompiler: CurveCompiler = async (source) => {
  const { compileCurveExpression } = await import('../../src/scenario/expression');
  const compiled = compileCurveExpression(source);
  if (!compiled.ok) throw new Error(`demand curve: ${compiled.message}`);
  return compiled.value.evaluate;
};

/**
 * The break-even elasticity or the decomposition, by the check the CLI and the library use
 * (src/scenario/checked-jevons.ts): a run of the break-even search or of the decomposition that
 * meets a demand-curve value it cannot use, or leaves the finite numbers, refuses the stage with
 * the run, the month and the value, instead of a NaN break-even or a decomposition of clipped runs.
 * A decomposition resting on counterfactual runs that state no answer is left out, and `notices`
 * says why, as the CLI's warning does.
 */
function checkedStage(stage: 'breakEven' | 'decomposition', scenario: Scenario, notices: string[]) {
  const checked = checkedJevons(scenario, {
    breakEven: stage === 'breakEven',
    decomposition: stage === 'decomposition',
  });
  if (!checked.ok) {
    // The CLI's words: `jevons run` exits 2 with the same lines.
    throw new Error(
      `scenario ${quoted(scenario.name)} gives no finite answer: ${checked.error.path}: ${checked.error.message}`,
    );
  }
  for (const w of checked.withheld) {
    notices.push(`the decomposition on ${BASIS_WORDS.en[w.basis]} is not shown: ${w.reason}`);
  }
  return stage === 'breakEven' ? checked.result.breakEvenElasticity : checked.result.decomposition;
}

/** One stage of work on a scenario, with the checks of the library's public API. */
function compute(stage: Stage, scenario: Scenario, payload: AnalysisPayload, notices: string[]) {
  if (stage !== 'sweep') return checkedStage(stage, scenario, notices);
  const { result, notice } = checkedSweep(scenario, payload.sweepValues);
  if (notice) notices.push(notice);
  return result;
}

function buffersOf(stage: Stage, value: StageValues[Stage]): ArrayBuffer[] {
  if (stage !== 'sweep') return [];
  const result = value as StageValues['sweep'];
  return Object.values(result.bases).flatMap((path) =>
    [path.base, path.mechanical, path.scenario, path.rebound].map((a) => a.buffer as ArrayBuffer),
  );
}

export function createAnalysisService(post: Post, options: AnalysisServiceOptions = {}) {
  const yieldToEvents = options.yieldToEvents ?? channelYield();
  const compileCurve = options.compileCurve ?? defaultCompiler;
  let latest: { id: number; payload: AnalysisPayload } | null = null;
  let cancelled = -1;
  let running = false;

  async function runOne(id: number, payload: AnalysisPayload): Promise<void> {
    const curveFn = payload.curveExpression === null ? null : await compileCurve(payload.curveExpression);
    const scenario = fromPayload(payload, curveFn);
    for (const stage of payload.stages) {
      const notices: string[] = [];
      const value = compute(stage, scenario, payload, notices);
      post({ type: 'stage', id, stage, value } as FromWorker, buffersOf(stage, value));
      for (const message of notices) post({ type: 'notice', id, message }, []);
      await yieldToEvents();
      if (latest !== null || cancelled === id) {
        post({ type: 'abandoned', id }, []);
        return;
      }
    }
    post({ type: 'done', id }, []);
  }

  async function loop(): Promise<void> {
    running = true;
    while (latest !== null) {
      const { id, payload } = latest;
      latest = null;
      try {
        await runOne(id, payload);
      } catch (error) {
        post({ type: 'error', id, message: error instanceof Error ? error.message : String(error) }, []);
      }
    }
    running = false;
  }

  return {
    /** Handles one message from the page. */
    onMessage(message: ToWorker): void {
      if (message.type === 'cancel') {
        cancelled = message.id;
        if (latest?.id === message.id) latest = null;
        return;
      }
      latest = { id: message.id, payload: message.payload };
      if (!running) void loop();
    },
  };
}
