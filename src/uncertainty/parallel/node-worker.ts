/**
 * The entry of a Node worker thread: the executor wired to worker_threads' parentPort. Bundled as
 * dist/jevons-worker.js by scripts/build-lib.mjs (the library and the CLI start it from there); run
 * from the TypeScript sources (tests), node-pool.ts bundles it on the fly.
 */
import { parentPort } from 'node:worker_threads';
import { createExecutor } from './executor';
import type { ToThread } from './protocol';

const port = parentPort;
if (!port) throw new Error('jevons-worker: must run as a worker thread');
const executor = createExecutor((message, transfer) => port.postMessage(message, transfer));
port.on('message', (message: ToThread) => {
  void executor.onMessage(message);
});
