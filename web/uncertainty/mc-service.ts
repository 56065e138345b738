/**
 * The worker side of Monte Carlo, independent of where it runs: the Web Worker wires it to
 * `self.postMessage`, the in-process runner to structuredClone, so tests in Node drive the same code.
 *
 * Only the newest request matters. A run goes in chunks of samples; between chunks it yields to
 * the event loop, and if a newer request (or a cancel) has arrived meanwhile it is abandoned at once.
 * A burst of requests therefore never queues stale runs: each new message just replaces "latest".
 */
import { MonteCarloRun } from '../../src/uncertainty/monte-carlo-run';
import { tornado } from '../../src/uncertainty/sensitivity';
import {
  type FromWorker,
  type McPayload,
  type McResult,
  type ToWorker,
  toInputs,
  transferables,
} from './mc-protocol';

export type Post = (message: FromWorker, transfer: ArrayBuffer[]) => void;
export type CurveCompiler = (source: string) => Promise<(x: number, eps: number) => number>;

export interface McServiceOptions {
  /** Samples between two looks at the message queue (default 250: ~7 ms of work). */
  chunk?: number;
  /** Lets queued messages run; default a MessageChannel round trip (no 4 ms timer clamping). */
  yieldToEvents?: () => Promise<void>;
  /** Compiles a demand-curve expression (loads the parser only when a scenario needs it). */
  compileCurve?: CurveCompiler;
}

/** A MessageChannel round trip: lets pending messages in first, without setTimeout's clamping. */
export function channelYield(): () => Promise<void> {
  const channel = new MessageChannel();
  const waiting: (() => void)[] = [];
  channel.port1.onmessage = () => waiting.shift()?.();
  return () =>
    new Promise<void>((resolve) => {
      waiting.push(resolve);
      channel.port2.postMessage(null);
    });
}

const defaultCompiler: CurveCompiler = async (source) => {
  const { compileCurveExpression } = await import('../../src/scenario/expression');
  const compiled = compileCurveExpression(source);
  if (!compiled.ok) throw new Error(`demand curve: ${compiled.message}`);
  return compiled.value.evaluate;
};

export function createMcService(post: Post, options: McServiceOptions = {}) {
  const chunk = Math.max(1, options.chunk ?? 250);
  const yieldToEvents = options.yieldToEvents ?? channelYield();
  const compileCurve = options.compileCurve ?? defaultCompiler;
  let latest: { id: number; payload: McPayload } | null = null;
  let cancelled = -1;
  let running = false;

  async function runOne(id: number, payload: McPayload): Promise<void> {
    const curveFn = payload.curveExpression === null ? null : await compileCurve(payload.curveExpression);
    const inputs = toInputs(payload, curveFn);
    const run = new MonteCarloRun({
      inputs,
      distributions: payload.distributions,
      samples: payload.samples,
      seed: payload.seed,
    });
    while (run.completed < run.samples) {
      run.step(chunk);
      post({ type: 'progress', id, done: run.completed, total: run.samples }, []);
      await yieldToEvents();
      if (latest !== null || cancelled === id) {
        post({ type: 'abandoned', id }, []);
        return;
      }
    }
    const mc = run.result();
    const result: McResult = {
      samples: mc.samples,
      seed: mc.seed,
      months: mc.months,
      shockIndex: mc.shockIndex,
      horizonMonths: mc.horizonMonths,
      parameterIds: mc.parameterIds,
      quantiles: mc.quantiles,
      tiers: mc.tiers,
      tierQuantiles: mc.tierQuantiles,
      byYear: mc.byYear,
      verdicts: mc.verdicts,
      probabilityBackfire: mc.probabilityBackfire,
      probabilityBackfireCapex: mc.probabilityBackfireCapex,
      undefinedShare: mc.undefinedShare,
      distributions: payload.distributions,
      // The page shows the one-at-a-time tornado; rank correlations are left to the CLI and the
      // library, so the bands arrive sooner.
      sensitivity: {
        range: payload.range,
        ...tornado(inputs, payload.distributions, payload.range),
        global: null,
      },
    };
    post({ type: 'result', id, result }, transferables(result));
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
