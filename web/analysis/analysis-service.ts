/**
 * The worker side of the analysis, independent of where it runs: the Web Worker wires it to
 * `self.postMessage`, the in-process transport to structuredClone, so Node tests drive the same
 * code. Only the newest request matters: between stages it yields to the event loop and abandons
 * the run if a newer request or a cancel has come in.
 */
import { jevons } from '../../src/engine/jevons';
import { sweep } from '../../src/engine/sweep';
import { channelYield } from '../uncertainty/channel-yield';
import {
  type AnalysisPayload,
  type FromWorker,
  fromPayload,
  type Stage,
  type StageValues,
  type ToWorker,
} from './analysis-protocol';

export type Post = (message: FromWorker, transfer: ArrayBuffer[]) => void;
export type CurveCompiler = (source: string) => Promise<(x: number, eps: number) => number>;

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

/** One stage of work on a scenario, with the engine's public API. */
function compute(stage: Stage, scenario: ReturnType<typeof fromPayload>, payload: AnalysisPayload) {
  if (stage === 'breakEven')
    return jevons(scenario, { breakEven: true, decomposition: false }).breakEvenElasticity;
  if (stage === 'decomposition')
    return jevons(scenario, { breakEven: false, decomposition: true }).decomposition;
  return sweep(scenario, 'elasticity', payload.sweepValues);
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
      const value = compute(stage, scenario, payload);
      post({ type: 'stage', id, stage, value } as FromWorker, buffersOf(stage, value));
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
