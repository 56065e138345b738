import { scenarioFromPreset } from '../../src/scenario/from-preset';
import { t } from '../i18n/i18n';
import type { StateProblem } from '../state/app-state';
import {
  copyLink,
  deleteSavedEntry,
  exportCsv,
  exportReport,
  exportScenarioJson,
  fileStem,
  importScenarioFile,
  loadSaved,
  renameSavedEntry,
  saveCurrent,
} from './app-actions';
import type { HeaderAction } from './app-header';
import type { AppModel, AppView } from './app-model';
import type { ExportChartDetail } from './chart-grid';
import type { SavedAction } from './saved-dialog';

/** The parts of the app shell the handlers use. */
export interface AppHost {
  readonly model: AppModel;
  /** The latest view, for exports. */
  readonly currentView: AppView | null;
  openSaved(): void;
  refreshSaved(): void;
}

/** Carries out what the header asked for. */
export function onHeaderAction(app: AppHost, action: HeaderAction, inputTime: number): void {
  const { model } = app;
  const { store } = model;
  const s = store.state;
  switch (action.type) {
    case 'preset':
      model.update({ scenario: scenarioFromPreset(action.id) }, inputTime);
      return;
    case 'language':
      model.update({ lang: action.lang }, inputTime);
      return;
    case 'theme':
      model.update({ theme: action.theme }, inputTime);
      return;
    case 'baseline':
      model.update({ baseline: action.choice }, inputTime);
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
      if (view?.result && view.overlay) exportCsv(s.scenario, view.result.scenario, view.overlay);
      return;
    }
    case 'export-report': {
      const view = app.currentView;
      if (view?.result) exportReport(s.scenario, view.result, s.lang);
      return;
    }
    case 'copy-link':
      void copyLink(store, s.lang);
      return;
    case 'import':
      void importScenarioFile(action.file).then(({ scenario, problems }) => {
        store.report(problems);
        if (!scenario) return;
        model.update({ scenario });
        store.say(t(store.state.lang, 'notice.imported', { name: scenario.name }));
      });
      return;
  }
}

/** Carries out what the saved-scenarios dialog asked for. */
export async function onSavedAction(app: AppHost, action: SavedAction): Promise<void> {
  const { store } = app.model;
  switch (action.type) {
    case 'save':
      saveCurrent(store, action.name, new Date(), action.replace);
      break;
    case 'load':
      await loadSaved(store, action.name);
      break;
    case 'rename':
      renameSavedEntry(store, action.from, action.to, action.replace);
      break;
    case 'delete':
      deleteSavedEntry(store, action.name);
      break;
  }
  app.refreshSaved();
}

/** Exports one chart as SVG or PNG with the charts module's exporter (loaded on first use). */
export async function onExportChart(app: AppHost, detail: ExportChartDetail): Promise<void> {
  const name = `${fileStem(app.model.store.state.scenario.name)}-${detail.id}`;
  try {
    const { download, exportPng, exportSvg } = await import('../charts/export');
    const chart = detail.chart as import('../charts/chart-element').ChartElement;
    await chart.drawNow();
    if (detail.format === 'svg') download(exportSvg(chart), `${name}.svg`);
    else download(await exportPng(chart), `${name}.png`);
  } catch (error) {
    const problem: StateProblem = { code: 'export-failed', field: name, message: String(error) };
    app.model.store.report([problem]);
  }
}
