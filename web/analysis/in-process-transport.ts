import type { FromWorker } from './analysis-protocol';
import type { AnalysisTransport } from './analysis-client';
import { type AnalysisServiceOptions, createAnalysisService } from './analysis-service';

/** The same service in this thread; every message is structured-cloned and delivered in a later task. */
export function inProcessTransport(options: AnalysisServiceOptions = {}): AnalysisTransport {
  const yieldToEvents =
    options.yieldToEvents ?? (() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
  let toPage: (message: FromWorker) => void = () => {};
  let closed = false;
  const service = createAnalysisService(
    (message, transfer) => {
      const copy = structuredClone(message, { transfer });
      setTimeout(() => !closed && toPage(copy), 0);
    },
    { ...options, yieldToEvents },
  );
  return {
    post: (message) => {
      const copy = structuredClone(message);
      setTimeout(() => !closed && service.onMessage(copy), 0);
    },
    listen: (handler) => {
      toPage = handler;
    },
    close: () => {
      closed = true;
    },
  };
}
