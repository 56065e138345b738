/**
 * Messages between a coordinator and its threads (Node worker_threads, Web Workers, or the same
 * executor in this thread). Everything survives structuredClone: numbers, strings, plain objects
 * and typed arrays, whose buffers are transferred rather than copied.
 *
 * A job is set up once on every thread (`job`), then its items are handed out in chunks (`chunk`,
 * answered by the chunk's per-item figures), and at the end each thread's histograms are collected
 * (`collect`) and the job dropped (`drop`).
 */
import type { SweepItems } from '../../engine/sweep';
import type { ParamId } from '../../model/types';
import type { BandSelection } from '../band-layout';
import type { HistogramSnapshot } from '../float-histogram';
import type { McItems } from '../mc-job';
import type { Distributions } from '../resolve-distributions';
import type { SobolDesign, SobolOutput } from '../sobol';
import type { SobolItems } from '../sobol-job';
import type { Swing, SwingItems } from '../swing-job';
import type { ModelPayload } from './model-payload';

export type JobSpec =
  | {
      kind: 'mc';
      model: ModelPayload;
      distributions: Distributions;
      samples: number;
      seed: number;
      bands?: BandSelection;
    }
  | { kind: 'sweep'; model: ModelPayload; paramId: ParamId; values: Float64Array }
  | { kind: 'swing'; model: ModelPayload; swings: Swing[] }
  | {
      kind: 'sobol';
      model: ModelPayload;
      distributions: Distributions;
      rows: number;
      seed: number;
      factors?: ParamId[];
    }
  | {
      /** The indices of a Sobol design's outputs, one output an item (off the page's thread). */
      kind: 'sobol-indices';
      design: SobolDesign;
      outputs: Float64Array;
      bootstrap: number;
    };

/** The indices of outputs start … end − 1 (SENSITIVITY_OUTPUTS order). */
export interface SobolOutputItems {
  start: number;
  end: number;
  indices: SobolOutput[];
}

export type ChunkItems = McItems | SweepItems | SwingItems | SobolItems | SobolOutputItems;

export type ToThread =
  | { type: 'job'; job: number; spec: JobSpec }
  | { type: 'chunk'; job: number; start: number; end: number }
  | { type: 'collect'; job: number }
  | { type: 'drop'; job: number };

export type FromThread =
  | { type: 'chunk'; job: number; items: ChunkItems }
  | { type: 'aggregate'; job: number; histogram: HistogramSnapshot | null }
  | { type: 'error'; job: number; message: string };

/** The buffers of every typed array directly in `value` (to transfer, not copy). */
export function buffersOf(value: object | null): ArrayBuffer[] {
  if (!value) return [];
  const out: ArrayBuffer[] = [];
  for (const v of Object.values(value)) {
    if (ArrayBuffer.isView(v) && v.buffer instanceof ArrayBuffer && !out.includes(v.buffer))
      out.push(v.buffer);
  }
  return out;
}
