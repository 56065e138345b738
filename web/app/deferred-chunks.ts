/**
 * Parts of the app the first render does not need, each in its own chunk so the page's first
 * JavaScript stays small: the help dialog ("How to read this model", the glossary), the saved
 * scenarios' dialog, a parameter's sources, the summary only a printout shows, and the report
 * layer's exports. The app loads them right after its first render (`loadDeferredChunks`), so they
 * are there when the reader asks and work offline like the rest; a call before then waits for its
 * chunk. (The Monte Carlo runner and the uncertainty panel are loaded at start-up instead: see
 * lazy-runner.ts and jv-app.ts.)
 */
export const loadHelpDialog = () => import('../help/help-dialog');
export const loadSavedDialog = () => import('./saved-dialog');
export const loadPrintSummary = () => import('./print-summary');
export const loadReportExports = () => import('./report-exports');

/** Starts loading every deferred chunk; resolves when all are in. */
export function loadDeferredChunks(): Promise<unknown> {
  return Promise.all([
    loadHelpDialog(),
    loadSavedDialog(),
    loadPrintSummary(),
    loadReportExports(),
    // A parameter's sources, opened from its badge (param-slider.ts loads it itself if clicked sooner).
    import('../components/source-dialog'),
  ]);
}
