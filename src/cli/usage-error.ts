/** A mistake in how the CLI was called or in the scenario it was given: exit code 2, no stack trace. */
export class UsageError extends Error {
  override name = 'UsageError';
  /** Extra lines printed after the message (every validation error, a hint). */
  readonly details: string[];
  constructor(message: string, details: string[] = []) {
    super(message);
    this.details = details;
  }
}

export const EXIT = { ok: 0, failure: 1, usage: 2 } as const;
