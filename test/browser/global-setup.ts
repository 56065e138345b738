import type { TestProject } from 'vitest/node';
import { startPreview } from './chromium.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where `vite preview` serves the built app, e.g. "http://127.0.0.1:4173/". */
    baseUrl: string;
  }
}

/**
 * Serves the built app (dist-web/, built by `npm test` before this runs) with `vite preview` on
 * 127.0.0.1:4173 in its own process group, hands the URL to the tests, and stops the group after.
 */
export default async function setup(project: TestProject): Promise<() => void> {
  const server = await startPreview(4173);
  project.provide('baseUrl', server.url);
  return () => server.stop();
}
