/**
 * English messages for the observed figures on the charts and the data vintage beside the verdict
 * (issue 8): legend entries, the card a figure opens, the observations panel and importing a file.
 * Read with observedT() (observed-messages.ts), apart from `en`: only the observed figures’ chunks use them.
 */
export const enObserved = {
  'observed.legend': 'observed (published by {date})',
  'observed.legendHindsight': 'hindsight: published later (hollow)',
  'observed.legendImported': 'imported by you',
  'observed.legendFloor': 'a floor (at least)',
  'observed.legendCeiling': 'a ceiling (at most)',
  'observed.keys': 'Up and down arrows open the observed figures one by one.',
  'observed.sumOver': 'Observed {value}, the sum over {period}',
  'observed.meanOver': 'Observed {value}, the monthly mean over {period}',
  'observed.inMonth': 'Observed {value} in {period}',
  'observed.endOf': 'Observed {value} at the end of {period}',
  'observed.drawnAt': 'Drawn at {value}, in the chart’s unit.',
  'observed.band': 'Range {low} – {high}.',
  'observed.floor': 'A floor: the model’s series should be at least this.',
  'observed.ceiling': 'A ceiling: the model’s series should be at most this.',
  'observed.source': '{ref} · published {date}',
  'observed.sourceContext': '{ref} · published {date} · context only',
  'observed.sourceUndated': '{ref} · publication date not given',
  'observed.noSource': 'No source given.',
  'observed.hindsight': 'Hindsight: published after {date}, so it is shown and never fitted.',
  'observed.notFitted': 'Not fitted: {reason}',
  'observed.importedFrom': 'Imported from “{file}”.',
  'observed.model': 'Model {value} · model ÷ observed {ratio}',
  'observed.noModel': 'No model value: {reason}',
  'observed.title': 'Observed figures on the charts',
  'observed.intro':
    'The dots and segments on the charts are figures published by {date}, the ones the defaults were fitted to: a segment spans the months a mean or a sum covers, a whisker its range, ▲ marks a floor and ▼ a ceiling. Hollow ones were published later and are never fitted. Point at one, or focus a chart and press ↑ or ↓, for what it measures, its source with the date, and the model’s value beside it. The diamonds are the articles’ announced figures, not observations.',
  'observed.inSample': 'The in-sample set: {count} figures, {drawn} of them on the charts',
  'observed.colFigure': 'Figure',
  'observed.colMonths': 'Months',
  'observed.colValue': 'Value',
  'observed.colPublished': 'Published',
  'observed.colChart': 'Drawn on',
  'observed.notDrawn': 'not drawn: no chart shows {series}',
  'observed.outside': 'not drawn: outside the run’s months',
  'observed.tagHindsight': 'hindsight',
  'observed.tagFloor': 'floor',
  'observed.tagCeiling': 'ceiling',
  'observed.tagNotFitted': 'not fitted',
  'observed.import': 'Import observations…',
  'observed.importHelp':
    'A CSV or JSON file as “jevons backtest --observed” reads it: series, period (YYYY-MM or YYYY-MM/YYYY-MM), aggregation (mean, sum or end), value, and optionally id, low, high, side (atLeast or atMost), unit, source, published (the day the figure was published, YYYY-MM-DD: one published after the vintage is drawn hollow, as hindsight). Kept in this browser until you remove it.',
  'observed.importFailed':
    'Nothing was imported from “{file}”. Problems found: {count}. Correct the file and import it again:',
  'observed.moreErrors': '… and {count} more',
  'observed.dismiss': 'Dismiss',
  'observed.imported': 'Imported {count} observations from “{file}”.',
  'observed.yours': 'Your imported observations',
  'observed.fileHeading': '“{file}” · imported {date} · {count} observations',
  'observed.removeFile': 'Remove all',
  'observed.removeFileLabel': 'Remove every observation imported from “{file}”',
  'observed.remove': 'Remove',
  'observed.removeLabel': 'Remove observation {id}',
  'observed.removed': 'Removed {what}.',
  'observed.storageFailed':
    'The browser refused to keep the imported observations ({reason}): they are shown until this page is closed.',
  'observed.damaged':
    'Observations stored from “{file}” could not be read again: {reason} They are kept; remove them to clear this.',
} as const;
