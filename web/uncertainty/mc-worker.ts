/**
 * The Monte Carlo Web Worker: the page posts `ToWorker` messages, the worker answers with progress,
 * the result (its typed arrays transferred, not copied) or word that a run was abandoned.
 */
import type { ToWorker } from './mc-protocol';
import { createMcService } from './mc-service';

/** The two members of a dedicated worker's global scope used here (no webworker lib needed). */
interface WorkerScope {
  postMessage(message: unknown, transfer: Transferable[]): void;
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
}

const scope = self as unknown as WorkerScope;
const service = createMcService((message, transfer) => scope.postMessage(message, transfer));
scope.onmessage = (event) => service.onMessage(event.data);
