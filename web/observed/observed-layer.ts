import { inSampleObservations } from '../../models/observations/in-sample';
import type { SimulationResult } from '../../src/model/types';
import type { ObservationSpec, ObservationWords, TimeChartSpec } from '../charts/chart-spec';
import type { Lang } from '../i18n/i18n';
import type { ImportedFile } from './imported-store';
import { type MarkFrame, marksByChart, observationWords, type RunRef } from './observed-marks';
import { type ObservedRow, observedRows } from './observed-rows';
import type { ObservedEntry } from './observed-text';

/** The project's in-sample set, as entries (their ids are unique in models/observations). */
const IN_SAMPLE: readonly ObservedEntry[] = inSampleObservations.map((observation) => ({
  key: observation.id,
  observation,
  origin: 'in-sample',
}));

/** What the observations add to one view: the charts' marks and the list under them. */
export interface ObservedView {
  rows: readonly ObservedRow[];
  files: readonly ImportedFile[];
  asOf: string;
}

/**
 * The figures drawn beside the model: the in-sample set and the reader's imports. They do not
 * change while a slider moves, so their marks and list are built once per language, vintage,
 * import and run window (a key of a few strings) and the same arrays are handed back on every
 * slider step — the charts then redraw them only with the axes. The model's value for a figure is
 * read from the latest run only when its card opens.
 */
export class ObservedLayer {
  private readonly ref: RunRef = { run: null };
  private built: {
    key: string;
    files: readonly ImportedFile[];
    marks: Map<string, ObservationSpec[]>;
    words: ObservationWords;
    view: ObservedView;
  } | null = null;

  /** `specs` with the figures each chart shows, and the list for the panel. */
  apply(
    specs: readonly TimeChartSpec[],
    run: SimulationResult,
    files: readonly ImportedFile[],
    lang: Lang,
    asOf: string,
  ): { specs: readonly TimeChartSpec[]; view: ObservedView } {
    this.ref.run = run;
    const key = layoutKey(run, lang, asOf);
    if (!this.built || this.built.key !== key || this.built.files !== files) {
      const entries = [...IN_SAMPLE, ...importedEntries(files)];
      const frame: MarkFrame = { months: run.months, lang, asOf };
      this.built = {
        key,
        files,
        marks: marksByChart(entries, specs, frame, this.ref),
        words: observationWords(lang, asOf),
        view: { rows: observedRows(entries, specs, frame), files, asOf },
      };
    }
    const { marks, words, view } = this.built;
    const decorated = specs.map((spec) => {
      const observations = marks.get(spec.id);
      return observations ? { ...spec, observations, observationWords: words } : spec;
    });
    return { specs: decorated, view };
  }
}

function importedEntries(files: readonly ImportedFile[]): ObservedEntry[] {
  return files.flatMap((f) =>
    f.observations.map((observation, i) => ({
      key: `${f.id}:${i}`,
      observation,
      origin: 'imported' as const,
      file: f.name,
    })),
  );
}

/**
 * What the marks depend on besides the figures: the words, the vintage and the run's months. The
 * charts' series and colours are fixed by the chart builders and the tier registry, and their
 * titles by the language, so these few strings name the layout (a slider step builds no more).
 */
function layoutKey(run: SimulationResult, lang: Lang, asOf: string): string {
  return `${lang}|${asOf}|${run.months.length}|${run.months[0]}|${run.tiers.join(',')}`;
}
