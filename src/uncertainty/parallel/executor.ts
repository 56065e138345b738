/**
 * The thread side of parallel work, wherever it runs: a Node worker_threads entry, a Web Worker
 * entry, or this thread (tests, one-thread runs). It keeps the jobs it was given and runs the chunks
 * it is sent, one at a time, in the order they come.
 */
import { SweepJob } from '../../engine/sweep';
import type { HistogramSnapshot } from '../float-histogram';
import { McJob } from '../mc-job';
import { sobolOutput } from '../sobol';
import { SobolJob } from '../sobol-job';
import { SwingJob } from '../swing-job';
import { type CurveCompiler, compileCurve, payloadInputs } from './model-payload';
import { buffersOf, type ChunkItems, type FromThread, type JobSpec, type ToThread } from './protocol';

export type Post = (message: FromThread, transfer: ArrayBuffer[]) => void;

export interface ChunkJob {
  runChunk(start: number, end: number): ChunkItems;
  /** The histograms built so far (Monte Carlo), handed over and started again; null for other kinds. */
  takeAggregate(): HistogramSnapshot | null;
}

/** A job of any kind, ready to run chunks (an expression curve is compiled first). */
async function createChunkJob(spec: JobSpec, compile: CurveCompiler = compileCurve): Promise<ChunkJob> {
  if (spec.kind === 'sobol-indices') {
    const { design, outputs, bootstrap } = spec;
    return {
      runChunk: (start, end) => ({
        start,
        end,
        indices: Array.from({ length: end - start }, (_, i) =>
          sobolOutput(design, outputs, start + i, bootstrap),
        ),
      }),
      takeAggregate: () => null,
    };
  }
  const inputs = await payloadInputs(spec.model, compile);
  switch (spec.kind) {
    case 'mc': {
      const job = new McJob({ ...spec, inputs });
      return { runChunk: (s, e) => job.runChunk(s, e), takeAggregate: () => job.takeHistogram() };
    }
    case 'sweep': {
      const job = new SweepJob(inputs, spec.paramId, spec.values);
      return { runChunk: (s, e) => job.runChunk(s, e), takeAggregate: () => null };
    }
    case 'swing': {
      const job = new SwingJob(inputs, spec.swings);
      return { runChunk: (s, e) => job.runChunk(s, e), takeAggregate: () => null };
    }
    case 'sobol': {
      const job = new SobolJob({ ...spec, inputs });
      return { runChunk: (s, e) => job.runChunk(s, e), takeAggregate: () => null };
    }
  }
}

export function createExecutor(post: Post, compile: CurveCompiler = compileCurve) {
  const jobs = new Map<number, Promise<ChunkJob>>();
  const fail = (job: number, error: unknown) =>
    post({ type: 'error', job, message: error instanceof Error ? error.message : String(error) }, []);

  return {
    /** Handles one message from the coordinator. */
    async onMessage(message: ToThread): Promise<void> {
      if (message.type === 'job') {
        const pending = createChunkJob(message.spec, compile);
        pending.catch(() => {}); // reported when a chunk asks for it
        jobs.set(message.job, pending);
        return;
      }
      if (message.type === 'drop') {
        jobs.delete(message.job);
        return;
      }
      const pending = jobs.get(message.job);
      if (!pending) return; // dropped: a superseded job's chunk
      let job: ChunkJob;
      try {
        job = await pending;
      } catch (error) {
        fail(message.job, error);
        return;
      }
      try {
        if (message.type === 'chunk') {
          const items = job.runChunk(message.start, message.end);
          post({ type: 'chunk', job: message.job, items }, buffersOf(items));
        } else {
          const histogram = job.takeAggregate();
          post({ type: 'aggregate', job: message.job, histogram }, histogram ? buffersOf(histogram) : []);
        }
      } catch (error) {
        fail(message.job, error);
      }
    },
  };
}
