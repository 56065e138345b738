/**
 * One Web Worker of the app's pool (web-pool.ts): the same executor as Node's worker threads
 * (src/uncertainty/parallel/executor.ts), wired to the worker's postMessage. Vite bundles it from
 * `new Worker(new URL('./pool-worker.ts', import.meta.url), { type: 'module' })`.
 */
import { createExecutor } from '../../src/uncertainty/parallel/executor';
import type { ToThread } from '../../src/uncertainty/parallel/protocol';

/** The two members of a dedicated worker's global scope used here (no webworker lib needed). */
interface WorkerScope {
  postMessage(message: unknown, transfer: Transferable[]): void;
  onmessage: ((event: MessageEvent<ToThread>) => void) | null;
}

const scope = self as unknown as WorkerScope;
const executor = createExecutor((message, transfer) => scope.postMessage(message, transfer));
scope.onmessage = (event) => {
  void executor.onMessage(event.data);
};
