// How the coordinator hands out chunks: a worker holds up to `inFlight` (its next chunks wait in its
// queue while the coordinator's thread is busy), the executor in the coordinator's own thread one at
// a time (chunks queued to it would run back to back while the workers' messages wait), and
// towards the end every thread fewer, so no chunk waits in a busy thread's queue while another idles.
import { describe, expect, it } from 'vitest';
import { chunkRanges } from '../../src/uncertainty/parallel/chunks';
import { type ThreadHandle, ThreadPool } from '../../src/uncertainty/parallel/coordinator';
import type { ChunkItems, FromThread, JobSpec, ToThread } from '../../src/uncertainty/parallel/protocol';

/** A thread that holds the chunks it is sent until the test finishes them. */
function heldThread(local: boolean) {
  const held: Extract<ToThread, { type: 'chunk' }>[] = [];
  let most = 0;
  let reply: (message: FromThread) => void = () => {};
  const handle: ThreadHandle = {
    local,
    post(message) {
      if (message.type === 'chunk') {
        held.push(message);
        most = Math.max(most, held.length);
      } else if (message.type === 'collect') {
        queueMicrotask(() => reply({ type: 'aggregate', job: message.job, histogram: null }));
      }
    },
    listen(onMessage) {
      reply = onMessage;
    },
    terminate() {},
  };
  return {
    handle,
    held,
    most: () => most,
    finishOne() {
      const chunk = held.shift();
      if (!chunk) throw new Error('nothing held');
      const items = { start: chunk.start, end: chunk.end, figures: new Float64Array(0) } as ChunkItems;
      reply({ type: 'chunk', job: chunk.job, items });
    },
  };
}

const spec = { kind: 'sweep', paramId: 'elasticity', values: new Float64Array(40) } as unknown as JobSpec;

describe('the coordinator hands out chunks', () => {
  it('up to inFlight to a worker, one at a time to its own thread, fewer to each towards the end', async () => {
    const here = heldThread(true);
    const worker = heldThread(false);
    const pool = new ThreadPool([here.handle, worker.handle], { inFlight: 3 });
    const done: number[] = [];
    const run = pool.run(spec, chunkRanges(40, 1), { onItems: (items) => done.push(items.start) });
    expect(here.held.length).toBe(1);
    expect(worker.held.length).toBe(3);
    // The worker is twice as fast as this thread; whenever this thread finishes its chunk and
    // nothing is left to hand out, the worker holds at most one more (it never hoards the tail).
    let idleWhileWorkerQueued = 0;
    while (here.held.length + worker.held.length > 0) {
      if (worker.held.length > 0) worker.finishOne();
      if (worker.held.length > 0) worker.finishOne();
      if (here.held.length > 0) here.finishOne();
      if (here.held.length === 0 && worker.held.length > 1) idleWhileWorkerQueued++;
    }
    await run;
    expect(done.sort((a, b) => a - b)).toEqual(Array.from({ length: 40 }, (_, i) => i));
    expect(here.most()).toBe(1);
    expect(worker.most()).toBe(3);
    expect(idleWhileWorkerQueued).toBe(0);
    pool.close();
  });
});
