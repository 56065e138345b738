/**
 * Vintages: a scenario's `asOf` (or `--as-of`) is the day its user stands on. A default that rests
 * only on sources published later cannot be used then: the scenario must set it itself. Later
 * sources stay in the catalogue for context. The catalogue's own vintage is VINTAGE (2025-02-28).
 */
import { VINTAGE } from '../../models/calendar';
import type { ParamId } from '../../models/schema';
import { isSourceDate, latestDay, supportingSources } from '../../models/vintage';
import { parameters } from '../../models';
import { describeValue, makeError, type ScenarioError } from './errors';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
/** The first day a vintage can be: the history start. */
const EARLIEST_VINTAGE = '2023-01-01';

/** An `asOf` from a file or a flag: a real day, YYYY-MM-DD, from 2023-01-01 on. */
export function readAsOf(raw: unknown, path: string, errors: ScenarioError[]): string | undefined {
  if (raw === undefined) return undefined;
  if (typeof raw !== 'string' || !DAY.test(raw) || !isSourceDate(raw)) {
    errors.push(
      makeError(
        path,
        'type',
        raw,
        `asOf must be a day written YYYY-MM-DD, e.g. ${VINTAGE}; got ${describeValue(raw)}`,
      ),
    );
    return undefined;
  }
  if (raw < EARLIEST_VINTAGE) {
    errors.push(
      makeError(
        path,
        'range',
        raw,
        `asOf must be ${EARLIEST_VINTAGE} or later (runs start in 2023-01); got ${describeValue(raw)}`,
      ),
    );
    return undefined;
  }
  return raw;
}

export interface UnsupportedDefault {
  id: ParamId;
  /** The first day a source supporting it was published, or undefined if none ever does. */
  supportedFrom?: string;
}

/** The defaults a scenario at vintage `asOf` may not use: no supporting source published by then. */
export function unsupportedDefaults(asOf: string, setByScenario: ReadonlySet<string>): UnsupportedDefault[] {
  const out: UnsupportedDefault[] = [];
  for (const def of parameters) {
    if (setByScenario.has(def.id)) continue;
    if (supportingSources(def.sources, asOf).length > 0) continue;
    const dates = def.sources.filter((s) => !s.contextOnly).map((s) => latestDay(s.date));
    const supportedFrom = dates.length > 0 ? dates.sort()[0] : undefined;
    out.push(supportedFrom ? { id: def.id, supportedFrom } : { id: def.id });
  }
  return out;
}

/** The error for defaults a vintage cannot use, naming each and when it becomes usable. */
export function vintageError(path: string, asOf: string, unsupported: UnsupportedDefault[]): ScenarioError {
  const shown = unsupported
    .slice(0, 12)
    .map((u) => (u.supportedFrom ? `${u.id} (first supported ${u.supportedFrom})` : u.id))
    .join(', ');
  const more = unsupported.length > 12 ? ` and ${unsupported.length - 12} more` : '';
  return makeError(
    path,
    'vintage',
    asOf,
    `as of ${asOf}, ${unsupported.length} default${unsupported.length === 1 ? '' : 's'} rest only on sources published later: ${shown}${more}. Set ${unsupported.length === 1 ? 'it' : 'them'} in the scenario's parameters (\`jevons calibrate --as-of ${asOf}\` fits the calibrated ones to what was known then), or choose a later ${path === '--as-of' ? '--as-of' : 'asOf'}`,
  );
}
