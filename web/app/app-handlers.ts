import { scenarioFromPreset } from '../../src/scenario/from-preset';
import { t } from '../i18n/i18n';
import type { StateProblem } from '../state/app-state';
import {
  copyLink,
  deleteSavedEntry,
  exportCsv,
  exportScenarioJson,
  fileStem,
  importScenarioFile,
  loadSaved,
  renameSavedEntry,
  saveCurrent,
} from './app-actions';
import type { HeaderAction } from './app-header';
import type { ExportChartDetail } from './chart-grid';
import type { SavedAction } from './saved-dialog';

/** The parts of the app shell the handlers use. */
export interface AppHost {
  readonly store: import('../state/store').AppStore;
  readonly currentView: import('../state/simulation').SimulationView | null;
  openSaved(): void;
  refreshSaved(): void;
}

/** Carries out what the header asked for. */
export function onHeaderAction(app: AppHost, action: HeaderAction): void {
  const { store } = app;
  const s = store.state;
  switch (action.type) {
    case 'preset':
      store.set({ scenario: scenarioFromPreset(action.id) });
      return;
    case 'language':
      store.set({ lang: action.lang });
      return;
    case 'theme':
      store.set({ theme: action.theme });
      return;
    case 'baseline':
      store.set({ baseline: action.choice });
      return;
    case 'save':
    case 'open-saved':
      app.refreshSaved();
      app.openSaved();
      return;
    case 'export-json':
      exportScenarioJson(s.scenario);
      return;
    case 'export-csv': {
      const view = app.currentView;
      if (view) exportCsv(s.scenario, view.jevons.scenario, view.baseline);
      return;
    }
    case 'copy-link':
      void copyLink(store, s.lang);
      return;
    case 'import':
      void importScenarioFile(action.file).then(({ scenario, problems }) => {
        store.report(problems);
        if (scenario) {
          store.set({ scenario });
          store.say(t(store.state.lang, 'notice.imported', { name: scenario.name }));
        }
      });
      return;
  }
}

/** Carries out what the saved-scenarios dialog asked for. */
export function onSavedAction(app: AppHost, action: SavedAction): void {
  const { store } = app;
  switch (action.type) {
    case 'save':
      saveCurrent(store, action.name, new Date());
      break;
    case 'load':
      void loadSaved(store, action.name);
      break;
    case 'rename':
      renameSavedEntry(store, action.from, action.to);
      break;
    case 'delete':
      deleteSavedEntry(store, action.name);
      break;
  }
  app.refreshSaved();
}

/** Exports one chart as SVG or PNG with the charts module's exporter (loaded on first use). */
export async function onExportChart(app: AppHost, detail: ExportChartDetail): Promise<void> {
  const name = `${fileStem(app.store.state.scenario.name)}-${detail.id}`;
  try {
    const { download, exportPng, exportSvg } = await import('../charts/export');
    const chart = detail.chart as import('../charts/chart-element').ChartElement;
    if (detail.format === 'svg') download(exportSvg(chart), `${name}.svg`);
    else download(await exportPng(chart), `${name}.png`);
  } catch (error) {
    const problem: StateProblem = { code: 'export-failed', field: name, message: String(error) };
    app.store.report([problem]);
  }
}
