import { scenarioFromPreset } from '../../src/scenario/from-preset';
import { t } from '../i18n/i18n';
import type { StateProblem } from '../state/app-state';
import {
  copyLink,
  deleteSavedEntry,
  exportScenarioJson,
  fileStem,
  importScenarioFile,
  loadSaved,
  renameSavedEntry,
  saveCurrent,
} from './app-actions';
import type { HeaderAction } from './app-header';
import { loadReportExports } from './deferred-chunks';
import { exportCaption } from './export-caption';
import type { AppModel, AppView } from './app-model';
import type { ObservedAction } from '../observed/observations-panel';
import type { ExportChartDetail } from './chart-grid';
import type { SavedAction } from './saved-dialog';

/** The parts of the app shell the handlers use. */
export interface AppHost {
  readonly model: AppModel;
  /** The latest view, for exports. */
  readonly currentView: AppView | null;
  openSaved(): void;
  refreshSaved(): void;
  openHelp(topic: 'howto' | 'glossary'): Promise<void>;
  showGuide(): Promise<void>;
  openCompare(): Promise<void>;
  print(): Promise<void>;
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
      if (!view?.result || !view.overlay) return;
      // Bands only when they belong to the scenario on screen (no Monte Carlo run still pending).
      const mc = view.flags['data-mc-busy'] ? null : view.mc.result;
      const bands = mc
        ? { months: mc.months, quantiles: mc.quantiles, samples: mc.samples, seed: mc.seed }
        : null;
      const { result, overlay } = view;
      void withReportExports(app, (m) => m.exportCsv(s.scenario, result.scenario, overlay, bands));
      return;
    }
    case 'export-report': {
      const view = app.currentView;
      const result = view?.result;
      if (result) void withReportExports(app, (m) => m.exportReport(s.scenario, result, s.lang));
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
    case 'compare':
      void app.openCompare();
      return;
    case 'print':
      void app.print();
      return;
    case 'help':
      void app.openHelp(action.topic);
      return;
    case 'guide':
      void app.showGuide();
      return;
  }
}

/** Runs `write` with the report exports' chunk (loaded after the first render; waited for if not yet in). */
async function withReportExports(
  app: AppHost,
  write: (exports: Awaited<ReturnType<typeof loadReportExports>>) => void,
): Promise<void> {
  try {
    write(await loadReportExports());
  } catch (error) {
    app.model.store.report([{ code: 'export-failed', field: 'export', message: String(error) }]);
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

/**
 * Carries out what the observations panel asked for: a file read with the backtest's reader (refused
 * whole, with its problems shown in the panel, when anything is wrong), a removal, a dismissal.
 */
export async function onObservations(app: AppHost, action: ObservedAction): Promise<void> {
  const { store } = app.model;
  // The messages come with the observed figures' chunks (in by now: the feature loads at start-up).
  const [{ imported }, { observedT }] = await Promise.all([
    app.model.observedReady(),
    import('../i18n/observed-messages'),
  ]);
  const lang = () => store.state.lang;
  switch (action.action) {
    case 'import': {
      const outcome = await imported.importFile(action.file);
      if (outcome.ok)
        store.say(observedT(lang(), 'observed.imported', { count: outcome.count, file: action.file.name }));
      return;
    }
    case 'remove':
      imported.remove(action.fileId, action.index);
      store.say(observedT(lang(), 'observed.removed', { what: action.what }));
      return;
    case 'dismiss':
      imported.dismiss();
      return;
  }
}

/** The link that opens the view on screen (the address bar catches up a moment later). */
export function viewLink(app: AppHost): string {
  const hash = app.currentView?.hash ?? '';
  return `${location.origin}${location.pathname}${hash ? `#${hash}` : ''}`;
}

/**
 * Exports one chart as SVG or PNG with the charts module's exporter (loaded on first use), with
 * the caption that makes it publishable: scenario, changed assumptions, vintage, date, link, source.
 */
export async function onExportChart(app: AppHost, detail: ExportChartDetail): Promise<void> {
  const { scenario, lang } = app.model.store.state;
  const name = `${fileStem(scenario.name)}-${detail.id}`;
  try {
    const { download, exportPng, exportSvg } = await import('../charts/export');
    const chart = detail.chart as import('../charts/export').ExportableChart;
    await chart.drawNow();
    const caption = exportCaption(scenario, lang, viewLink(app), new Date());
    if (detail.format === 'svg') download(exportSvg(chart, caption), `${name}.svg`);
    else download(await exportPng(chart, caption), `${name}.png`);
  } catch (error) {
    const problem: StateProblem = { code: 'export-failed', field: name, message: String(error) };
    app.model.store.report([problem]);
  }
}
