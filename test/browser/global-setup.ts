import { createServer } from 'node:net';
import type { TestProject } from 'vitest/node';
import { startPreview } from './chromium.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where `vite preview` serves the built app, e.g. "http://127.0.0.1:4173/". */
    baseUrl: string;
  }
}

/**
 * Serves the built app (dist-web/, built by `npm test` before this runs) with `vite preview` on a
 * free port of 127.0.0.1 in its own process group, hands the URL to the tests, and stops the group
 * after. A free port, not 4173: `npm start` or a second test run may hold that one.
 */
export default async function setup(project: TestProject): Promise<() => void> {
  const server = await startPreview(await freePort());
  project.provide('baseUrl', server.url);
  return () => server.stop();
}

/** A port the system has just given out and released: free unless something takes it at once. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => (port ? resolve(port) : reject(new Error('no free port'))));
    });
  });
}
