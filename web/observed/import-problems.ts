import {
  fillProblem,
  type ObservationProblem,
  observationProblemText,
} from '../../src/calibration/observations-file';
import type { Lang } from '../i18n/i18n';
import { zhObservationProblems } from '../i18n/zh-observed';

/**
 * A refused import's problems as data: the reader's (row, field, rule, value) and the two only the
 * browser meets (a file too large, or one it could not read). Each is said in the panel's language.
 */
export type ImportProblem =
  | ObservationProblem
  | { rule: 'tooLarge'; value: string; detail: string }
  | { rule: 'unreadable'; detail: string };

const EN_BROWSER = {
  tooLarge: 'the file is {value}; at most {detail}',
  unreadable: 'the browser could not read the file: {detail}',
} as const;

/** The problem in `lang`: English as the CLI prints it; 中文 from the same parts. */
export function importProblemText(p: ImportProblem, lang: Lang): string {
  if (lang === 'zh') return fillProblem(zhObservationProblems[p.rule], p, (n) => `第 ${n} 行：`);
  if (p.rule === 'tooLarge' || p.rule === 'unreadable') return fillProblem(EN_BROWSER[p.rule], p);
  return observationProblemText(p);
}
