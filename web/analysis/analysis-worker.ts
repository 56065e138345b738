/**
 * The analysis Web Worker: break-even elasticity, decomposition and the elasticity sweep, off the
 * page's thread so a slider drag never waits on their ~150 engine runs.
 */
import type { ToWorker } from './analysis-protocol';
import { createAnalysisService } from './analysis-service';

/** The two members of a dedicated worker's global scope used here (no webworker lib needed). */
interface WorkerScope {
  postMessage(message: unknown, transfer: Transferable[]): void;
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
}

const scope = self as unknown as WorkerScope;
const service = createAnalysisService((message, transfer) => scope.postMessage(message, transfer));
scope.onmessage = (event) => service.onMessage(event.data);
