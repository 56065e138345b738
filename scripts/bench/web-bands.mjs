// Part of `npm run bench:web` (issue 10): how soon the Monte Carlo bands follow an input in the
// built app, and whether the page's main thread ever blocks meanwhile. For each of `trials` keyboard
// steps on a slider (each once the previous run is over): the time from the input event to the
// first, quick pass of bands (the app's first `jv:bands` mark that is not final) and to the full bands with the tornado (the app's `jv:bands` User
// Timing marks), and the longest main-thread task in between (PerformanceObserver 'longtask': every
// task over 50 ms). Targets: bands within 150 ms of the last input, no task over 50 ms.

const OBSERVE = `
  window.__jvLong = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__jvLong.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
`;

/** Installs the long-task observer; call before the page loads. */
export async function observeLongTasks(page) {
  await page.addInitScript(OBSERVE);
}

/** True when no background work runs: the page's Monte Carlo, Sobol and analysis are done. */
export const settled = () => {
  const app = document.querySelector('jv-app');
  return (
    app !== null &&
    !app.hasAttribute('data-mc-busy') &&
    !app.hasAttribute('data-sobol-busy') &&
    !app.hasAttribute('data-analysis-busy')
  );
};

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Runs the trials on `label`'s slider; returns the figures and prints them. */
export async function benchBands(page, label, trials = 8) {
  const range = page.getByRole('slider', { name: label, exact: true });
  const rows = [];
  for (let i = 0; i < trials; i++) {
    await page.waitForFunction(settled);
    await range.focus();
    await page.evaluate(() => {
      performance.clearMarks('jv:bands');
      window.__jvLong = [];
    });
    const waitInput = page.evaluate(
      () =>
        new Promise((resolve) => {
          document.addEventListener('jv-rendered', (e) => resolve(e.detail.inputTime), { once: true });
        }),
    );
    await range.press(i % 2 === 0 ? 'ArrowRight' : 'ArrowLeft');
    const input = await waitInput;
    // The full bands and the tornado are in when data-mc-busy clears (Sobol may still run).
    await page.waitForFunction(() => !document.querySelector('jv-app')?.hasAttribute('data-mc-busy'));
    const result = await page.evaluate((t0) => {
      const marks = performance.getEntriesByName('jv:bands').filter((m) => m.startTime >= t0);
      const first = marks.find((m) => !m.detail.final);
      const full = marks.find((m) => m.detail.final);
      const long = window.__jvLong.filter((e) => e.start >= t0 && (!full || e.start <= full.startTime));
      return {
        first: first ? first.startTime - t0 : null,
        firstSamples: first ? first.detail.samples : null,
        full: full ? full.startTime - t0 : null,
        longest: long.reduce((m, e) => Math.max(m, e.duration), 0),
        longCount: long.length,
      };
    }, input);
    rows.push(result);
  }
  const firsts = rows.map((r) => r.first).filter((v) => v !== null);
  const fulls = rows.map((r) => r.full).filter((v) => v !== null);
  const longest = Math.max(...rows.map((r) => r.longest));
  const longCount = rows.reduce((s, r) => s + r.longCount, 0);
  const ms = (v) => `${v.toFixed(0)} ms`;
  const firstSamples = rows.find((r) => r.firstSamples !== null)?.firstSamples ?? '?';
  console.log(`Monte Carlo bands after an input (${label}, ${trials} steps; median, max):`);
  console.log(
    `  first pass (${firstSamples} samples): ${ms(median(firsts))}, ${ms(Math.max(...firsts))}   (target < 150 ms: ${median(firsts) < 150 ? 'met' : 'MISSED'})`,
  );
  console.log(`  full bands (2,000 samples) and tornado: ${ms(median(fulls))}, ${ms(Math.max(...fulls))}`);
  console.log(
    `  main-thread tasks over 50 ms meanwhile: ${longCount}, longest ${ms(longest)}   (target none: ${longCount === 0 ? 'met' : 'MISSED'})`,
  );
  return { rows, longest, longCount };
}

/**
 * The same after a burst, as a held key makes one: `keys` steps 40 ms apart (key repeat at 25 a
 * second), dispatched in the page so the gaps are exact. The bands wait for input to rest (the app's
 * quiet period), so this is the wait a user sees after letting go of the key.
 */
export async function benchBurst(page, label, trials = 4, keys = 6) {
  const range = page.getByRole('slider', { name: label, exact: true });
  const rows = [];
  for (let i = 0; i < trials; i++) {
    await page.waitForFunction(settled);
    await page.evaluate(() => performance.clearMarks('jv:bands'));
    const last = await range.evaluate(
      (el, [n, up]) =>
        new Promise((resolve) => {
          let k = 0;
          const step = () => {
            el.value = String(Number(el.value) + ((up ? 1 : -1) * (Number(el.max) - Number(el.min))) / 200);
            el.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
            const at = performance.now();
            if (++k < n) setTimeout(step, 40);
            else resolve(at);
          };
          step();
        }),
      [keys, i % 2 === 0],
    );
    await page.waitForFunction(() => !document.querySelector('jv-app')?.hasAttribute('data-mc-busy'));
    const first = await page.evaluate(
      (t0) => performance.getEntriesByName('jv:bands').find((m) => m.startTime >= t0 && !m.detail.final),
      last,
    );
    if (first) rows.push(first.startTime - last);
  }
  const ms = (v) => `${v.toFixed(0)} ms`;
  console.log(
    `  after a held key (${keys} steps 40 ms apart), first pass: ${ms(median(rows))}, ${ms(Math.max(...rows))} after the last step   (target < 150 ms: ${median(rows) < 150 ? 'met' : 'MISSED'})`,
  );
  return rows;
}

// Run alone (`node scripts/bench/web-bands.mjs [trials]`, after `npm run build:web`): the bands
// figures only, without the slider latencies of bench-web.mjs. JEVONS_WEB_DIST and BENCH_PORT as there.
if (import.meta.url === (await import('node:url')).pathToFileURL(process.argv[1] ?? '').href) {
  const { join } = await import('node:path');
  const { loadavg } = await import('node:os');
  const { launchChromium, ROOT, startPreview } = await import('../../test/browser/chromium.mjs');
  const server = await startPreview(
    Number(process.env.BENCH_PORT ?? 4173),
    process.env.JEVONS_WEB_DIST ?? join(ROOT, 'dist-web'),
  );
  const { context, close } = await launchChromium();
  try {
    const page = await context.newPage();
    await observeLongTasks(page);
    await page.goto(server.url);
    await page.waitForFunction(() => performance.getEntriesByName('jv:bands').some((m) => m.detail.final));
    console.log(`load average ${loadavg()[0].toFixed(1)}`);
    await benchBands(page, 'Price elasticity of demand', Number(process.argv[2] ?? 8));
    await benchBurst(page, 'Price elasticity of demand');
  } finally {
    await close();
    server.stop();
  }
}
