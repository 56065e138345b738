// Shared by the browser tests (through browser.ts), scripts/screenshot.mjs and scripts/bench-web.mjs:
// Debian's Chromium driven by playwright-core, and `vite preview` of the built app in its own
// process group so that stopping it never leaves a server behind.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const CHROMIUM = '/usr/bin/chromium';
export const PREVIEW_HOST = '127.0.0.1';

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Launches Chromium with a fresh profile directory. Returns the context and `close()`, which also
 * deletes the profile. Options are passed to the context (viewport, colorScheme, locale…).
 */
export async function launchChromium(options = {}) {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`no browser at ${CHROMIUM}: install Debian chromium: apt-get install -y chromium`);
  }
  const profile = mkdtempSync(join(tmpdir(), 'jevons-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    acceptDownloads: true,
    viewport: { width: 1440, height: 1000 },
    locale: 'en-US',
    timezoneId: 'UTC',
    ...options,
  });
  return {
    context,
    async close() {
      await context.close().catch(() => {});
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

async function answers(url) {
  try {
    const response = await fetch(url);
    return response.ok;
  } catch {
    return false;
  }
}

/**
 * Starts `vite preview` of `dist` (default dist-web/) on 127.0.0.1:`port` (strict) as a detached
 * process group and waits until it answers. Returns `{ url, stop }`; `stop()` kills the whole group.
 * Another `dist` lets a before/after comparison serve two builds (`vite build --outDir …`).
 */
export async function startPreview(port = 4173, dist = join(ROOT, 'dist-web')) {
  if (!existsSync(join(dist, 'index.html'))) {
    throw new Error(`${dist} is missing: run \`npm run build:web\` first`);
  }
  const url = `http://${PREVIEW_HOST}:${port}/`;
  if (await answers(url)) throw new Error(`port ${port} is already serving: stop that server first`);
  const vite = join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  const child = spawn(
    process.execPath,
    [vite, 'preview', '--host', PREVIEW_HOST, '--strictPort', '--port', String(port), '--outDir', dist],
    { cwd: ROOT, detached: true, stdio: 'ignore' },
  );
  const stop = () => {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  for (let i = 0; i < 100; i++) {
    if (await answers(url)) return { url, stop, pid: child.pid };
    if (child.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  stop();
  throw new Error(`vite preview did not answer at ${url} within 10 s`);
}
