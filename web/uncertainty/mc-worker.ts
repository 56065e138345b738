/// <reference lib="webworker" />
/**
 * The Monte Carlo Web Worker: the page posts `ToWorker` messages, the worker answers with progress,
 * the result (its typed arrays transferred, not copied) or word that a run was abandoned.
 */
import type { ToWorker } from './mc-protocol';
import { createMcService } from './mc-service';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const service = createMcService((message, transfer) => scope.postMessage(message, transfer));
scope.onmessage = (event: MessageEvent<ToWorker>) => service.onMessage(event.data);
