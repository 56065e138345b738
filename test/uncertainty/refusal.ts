import { UncertaintyInputError } from '../../src/uncertainty/errors';

/** The problems of an analysis `run` refuses (UncertaintyInputError), one a line, or null when it gave a result. */
export function refusal(run: () => unknown): string | null {
  try {
    run();
    return null;
  } catch (error) {
    if (error instanceof UncertaintyInputError) return error.problems.join('\n');
    throw error;
  }
}
