/**
 * A refused Monte Carlo or sensitivity request (bad sample count, seed or distribution). Each
 * message names the field, the rule and the value; the CLI turns this into exit code 2.
 */
export class UncertaintyInputError extends Error {
  readonly problems: readonly string[];

  constructor(problems: readonly string[]) {
    super(problems.join('\n'));
    this.name = 'UncertaintyInputError';
    this.problems = problems;
  }
}
