/** What the chart components expose that the app waits on: Lit's `updateComplete`. */
interface Updatable {
  updateComplete?: Promise<unknown>;
}

/**
 * Resolves when every chart element under `root` has finished its pending update, so "rendered"
 * means the SVG is redrawn, not just the properties set. Elements not yet upgraded are skipped.
 */
export async function chartUpdates(root: ParentNode): Promise<void> {
  const charts = root.querySelectorAll('jv-time-chart, jv-elasticity-chart');
  const pending: Promise<unknown>[] = [];
  for (const chart of charts) {
    const done = (chart as Element & Updatable).updateComplete;
    if (done) pending.push(done);
  }
  await Promise.all(pending);
}
