#!/usr/bin/env node
// `npm run bench:web`: how fast the built app answers, measured in Chromium against `vite preview`.
// Builds nothing: run `npm run build:web` first. Prints
//   - latency from a slider's input event to the charts and the verdict on screen redrawn (the
//     app's `jv-rendered` event carries both timestamps; panels scrolled away redraw a task later,
//     web/app/offscreen-update.ts), over 200 keyboard steps: p50 / p95 / max; at
//     the top of the page (the verdict in view; charts out of sight put off their drawing) and
//     scrolled to the charts (five of them redrawn per step); each drive starts on a settled
//     page (no Monte Carlo or analysis running), and the first 20 steps right after the first
//     render, while the start-up work runs, and right after scrolling to the charts, while their
//     code is cold, are reported apart;
//   - the gzip size of the initial JavaScript (entry chunk + its static imports) and, apart, of the
//     chunks loaded on demand (the expression parser with mathjs, chart export, the Monte Carlo
//     runner, help, dialogs; test/browser/bundle-sizes.mjs);
//   - the time from navigation to the first full render (the app usable);
//   - the main-thread CPU time of the task answering a step, at the top and scrolled to the charts
//     (a Chromium trace): the work itself, which a loaded machine's waiting for a core does not blur.
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { bundleSizes } from '../test/browser/bundle-sizes.mjs';
import { launchChromium, ROOT, startPreview } from '../test/browser/chromium.mjs';
import { benchBands, benchBurst, observeLongTasks, settled } from './bench/web-bands.mjs';

const STEPS = 200;
/** Steps taken at once after the first render, while the start-up work still runs. */
const STARTUP_STEPS = 20;
// JEVONS_WEB_DIST serves another build (e.g. `npx vite build --outDir /tmp/before`) for a before/after pair.
const DIST = process.env.JEVONS_WEB_DIST ?? join(ROOT, 'dist-web');
const PORT = Number(process.env.BENCH_PORT ?? 4173);

function quantile(sorted, q) {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

function summary(sorted) {
  const q = (p) => quantile(sorted, p).toFixed(2);
  return `p50 ${q(0.5)} ms   p95 ${q(0.95)} ms   max ${sorted.at(-1).toFixed(2)} ms`;
}

/**
 * Presses arrow keys on a slider `steps` times, each after the previous redraw; returns sorted
 * latencies. The harness stays out of the page it measures: the key goes to the focused slider
 * straight from the keyboard (a role locator's press runs Playwright's element lookup in the page
 * each time, ~400 KB of garbage a step that the app's next task then collects), and the wait for
 * the redraw is a promise the page resolves once it is painted, not a function polled every frame.
 */
async function drive(page, label, steps) {
  const range = page.getByRole('slider', { name: label, exact: true });
  await range.focus();
  await page.evaluate(() => {
    window.__jv.latencies = [];
    performance.clearMeasures();
  });
  for (let i = 0; i < steps; i++) {
    const before = await page.evaluate(() => window.__jv.latencies.length);
    // Back and forth so the value stays inside the range (a step at the end would not fire input).
    await page.keyboard.press(Math.floor(i / 20) % 2 === 0 ? 'ArrowRight' : 'ArrowLeft');
    await page.evaluate((n) => window.__jv.renderedBeyond(n), before);
  }
  const latencies = (await page.evaluate(() => window.__jv.latencies)).sort((a, b) => a - b);
  return { latencies, parts: await readParts(page) };
}

/**
 * The parts of each redraw since the last `performance.clearMeasures()`: waiting for the frame, the
 * engine (three runs), building the view, and the rest (Lit and d3 drawing), from the User Timing
 * entries the app records; sorted durations in ms.
 */
function readParts(page) {
  return page.evaluate(() =>
    Object.fromEntries(
      ['jv:wait', 'jv:compute', 'jv:view'].map((name) => [
        name,
        performance
          .getEntriesByName(name)
          .map((e) => e.duration)
          .sort((a, b) => a - b),
      ]),
    ),
  );
}

/**
 * A drag as a hand makes it: an input event every 16 ms, without waiting for the redraws, so input
 * never rests long enough for the background work (Monte Carlo, analysis) to start. Each redraw
 * reports the latency of the newest input it shows.
 */
async function drag(page, label, inputs) {
  const range = page.getByRole('slider', { name: label, exact: true });
  await page.evaluate(() => {
    window.__jv.latencies = [];
    performance.clearMeasures();
  });
  await range.evaluate(
    (el, n) =>
      new Promise((resolve) => {
        const min = Number(el.min);
        const max = Number(el.max);
        const start = Number(el.value);
        const step = (max - min) / 200;
        let i = 0;
        const timer = setInterval(() => {
          i++;
          const k = i % 40 < 20 ? i % 20 : 20 - (i % 20);
          el.value = String(Math.min(max, Math.max(min, start + k * step)));
          el.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
          if (i >= n) {
            clearInterval(timer);
            setTimeout(resolve, 100);
          }
        }, 16);
      }),
    inputs,
  );
  const latencies = (await page.evaluate(() => window.__jv.latencies)).sort((a, b) => a - b);
  return { latencies, parts: await readParts(page) };
}

/**
 * Main-thread CPU time (thread time, not wall time) of the task that answers each of `steps`
 * keyboard steps — the input event, the engine, Lit and the SVG writes, up to `jv-rendered` — read
 * from a Chromium trace. On a shared, loaded machine the wall-clock latency above mostly measures
 * how long the renderer waits for a core; this is the work itself, which a before/after pair can
 * compare. Returns the sorted times in ms (tracing adds a little to each).
 */
async function stepCpu(page, label, steps) {
  const cdp = await page.context().newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,disabled-by-default-devtools.timeline',
    transferMode: 'ReportEvents',
  });
  await drive(page, label, steps);
  await cdp.send('Tracing.end');
  await complete;
  await cdp.detach();
  const inputs = events.filter((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'input');
  const tasks = events.filter(
    (e) => e.name === 'RunTask' && e.ph === 'X' && e.pid === inputs[0]?.pid && e.tid === inputs[0]?.tid,
  );
  const cpu = [];
  for (const input of inputs) {
    const task = tasks.find((t) => t.ts <= input.ts && input.ts <= t.ts + t.dur);
    if (task?.tdur !== undefined) cpu.push(task.tdur / 1000);
  }
  return cpu.sort((a, b) => a - b);
}

function partsLine(parts) {
  const q = (a, p) => (a.length ? quantile(a, p).toFixed(2) : '–');
  return Object.entries(parts)
    .map(([name, a]) => `${name.slice(3)} p50 ${q(a, 0.5)} / p95 ${q(a, 0.95)} ms`)
    .join('   ');
}

const RECORD = `
  window.__jv = { latencies: [], first: null, waiting: [] };
  // After the frame that paints the last redraw, then a task after that frame: the next key meets an
  // idle page, as a person's next key press does, not the frame still rendering.
  const afterPaint = (resolve) => requestAnimationFrame(() => setTimeout(() => resolve(true), 0));
  // Resolves once more than n redraws are recorded and painted (drive() waits on it without polling).
  window.__jv.renderedBeyond = (n) =>
    new Promise((resolve) =>
      window.__jv.latencies.length > n ? afterPaint(resolve) : window.__jv.waiting.push({ n, resolve }),
    );
  document.addEventListener('jv-rendered', (e) => {
    const { inputTime, renderedAt } = e.detail;
    if (window.__jv.first === null) window.__jv.first = renderedAt;
    window.__jv.latencies.push(renderedAt - inputTime);
    const count = window.__jv.latencies.length;
    for (const w of window.__jv.waiting.filter((w) => count > w.n)) afterPaint(w.resolve);
    window.__jv.waiting = window.__jv.waiting.filter((w) => count <= w.n);
  });
`;

async function main() {
  const sizes = bundleSizes(DIST);
  const server = await startPreview(PORT, DIST);
  const { context, close } = await launchChromium();
  try {
    const page = await context.newPage();
    await page.addInitScript(RECORD);
    await observeLongTasks(page);
    await page.goto(server.url);
    await page.waitForFunction(() => window.__jv.first !== null);
    const interactive = await page.evaluate(() => window.__jv.first);
    // Right after the first render, the start-up Monte Carlo and analysis still run and the code is
    // not yet optimised: the first steps a user makes at once, reported apart.
    const startup = await drive(page, 'Price elasticity of demand', STARTUP_STEPS);
    // Each drive below starts on a settled page (no background work: the last drive's bands are
    // done), as a person's next move after reading the verdict does.
    await page.waitForFunction(settled);
    const elasticity = await drive(page, 'Price elasticity of demand', STEPS);
    await page.waitForFunction(settled);
    // Any other slider also re-runs the elasticity sweep and the break-even search.
    const other = await drive(page, 'Tokens-per-task growth', STEPS / 2);
    await page.waitForFunction(settled);
    // The page scrolled to the charts (the parameter column keeps its own scroll): the charts in
    // view redraw on every step instead of waiting until they come into view.
    await page.evaluate(() =>
      document
        .querySelector('jv-app')
        ?.shadowRoot?.querySelector('jv-chart-grid')
        ?.scrollIntoView({ block: 'start' }),
    );
    // The chart code has not run since the first render (charts out of view put off their
    // drawing): the first steps after scrolling run it cold, and are reported apart.
    const inViewCold = await drive(page, 'Price elasticity of demand', STARTUP_STEPS);
    await page.waitForFunction(settled);
    const inView = await drive(page, 'Price elasticity of demand', STEPS);
    await page.waitForFunction(settled);
    const cpuInView = await stepCpu(page, 'Price elasticity of demand', STEPS / 2);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.waitForFunction(settled);
    const cpuTop = await stepCpu(page, 'Price elasticity of demand', STEPS / 2);
    await page.waitForFunction(settled);
    const dragged = await drag(page, 'Price elasticity of demand', STEPS);
    const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
    const total = sizes.initialFiles.reduce((s, f) => s + f.gzip, 0);
    console.log(
      `input → charts + verdict redrawn (target p95 < 8 ms), load average ${loadavg()[0].toFixed(1)}:`,
    );
    console.log(
      `  elasticity slider, ${elasticity.latencies.length} keyboard steps: ${summary(elasticity.latencies)}`,
    );
    console.log(`    of which ${partsLine(elasticity.parts)}`);
    console.log(
      `  elasticity slider, the first ${startup.latencies.length} steps right after the first render (start-up bands and analysis running): ${summary(startup.latencies)}`,
    );
    console.log(
      `  tokens-per-task growth slider, ${other.latencies.length} keyboard steps: ${summary(other.latencies)}`,
    );
    console.log(`    of which ${partsLine(other.parts)}`);
    console.log(
      `  elasticity slider, scrolled to the charts, ${inView.latencies.length} keyboard steps: ${summary(inView.latencies)}`,
    );
    console.log(`    of which ${partsLine(inView.parts)}`);
    console.log(
      `  elasticity slider, the first ${inViewCold.latencies.length} steps right after scrolling to the charts (their code still cold): ${summary(inViewCold.latencies)}`,
    );
    console.log(
      `  elasticity slider dragged, an input every 16 ms, ${dragged.latencies.length} redraws: ${summary(dragged.latencies)}`,
    );
    // One redraw per frame: an input that comes in a frame which has already redrawn waits for the
    // next one (up to 16.7 ms, independent of the work), so a drag's latency holds that wait.
    console.log(`    of which ${partsLine(dragged.parts)} (wait: for the next frame)`);
    console.log(
      'main-thread CPU time of the task answering a step (Chromium trace; the work, not the wait):',
    );
    console.log(`  elasticity slider, at the top, ${cpuTop.length} steps: ${summary(cpuTop)}`);
    console.log(
      `  elasticity slider, scrolled to the charts, ${cpuInView.length} steps: ${summary(cpuInView)}`,
    );
    console.log(`initial JavaScript (gzip -9): ${kb(total)}   (target < 120 KB)`);
    for (const f of sizes.initialFiles) console.log(`  ${f.file}  ${kb(f.gzip)}`);
    console.log(`mathjs in the initial JavaScript: ${sizes.mathjsInitial ? 'YES' : 'no'}`);
    console.log('loaded on demand:');
    for (const f of sizes.lazyFiles) console.log(`  ${f.file}  ${kb(f.gzip)}`);
    console.log(
      `navigation → first full render (interactive): ${interactive.toFixed(0)} ms   (target < 1000 ms)`,
    );
    await benchBands(page, 'Price elasticity of demand');
    await benchBurst(page, 'Price elasticity of demand');
  } finally {
    await close();
    server.stop();
  }
}

await main();
