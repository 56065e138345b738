import type { ParamId } from '../../models/schema';
import type { ParamValue, Scenario } from '../../src/model/types';
import type { AppState, StateProblem } from './app-state';

type Listener = (state: AppState) => void;

/**
 * The one place the app's state lives. Changes replace the state object (never mutate it), so
 * components can compare by identity; listeners run synchronously after each change.
 */
export class AppStore {
  private current: AppState;
  private readonly listeners = new Set<Listener>();
  /** Problems found reading outside state, shown in the notice until dismissed. */
  problems: StateProblem[] = [];
  /** Short confirmations ("Scenario saved"), shown in a polite live region. */
  message = '';
  private messageTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(initial: AppState) {
    this.current = initial;
  }

  get state(): AppState {
    return this.current;
  }

  /** Replaces part of the state and notifies listeners. */
  set(patch: Partial<AppState>): void {
    this.current = { ...this.current, ...patch };
    this.notify();
  }

  /** Sets one parameter of the scenario (a number in its catalogue unit, or an expression). */
  setParameter(id: ParamId, value: ParamValue): void {
    const scenario: Scenario = {
      ...this.current.scenario,
      parameters: { ...this.current.scenario.parameters, [id]: value },
    };
    this.set({ scenario });
  }

  /** Adds problems to the notice. */
  report(problems: readonly StateProblem[]): void {
    if (problems.length === 0) return;
    this.problems = [...this.problems, ...problems];
    this.notify();
  }

  dismissProblems(): void {
    this.problems = [];
    this.notify();
  }

  /** Shows a confirmation in the status line; it clears itself after `ms` unless replaced. */
  say(message: string, ms = 6000): void {
    this.message = message;
    clearTimeout(this.messageTimer);
    this.messageTimer = setTimeout(() => {
      this.message = '';
      this.notify();
    }, ms);
    this.notify();
  }

  /** Calls `listener` after every change; returns the function that stops it. */
  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private notify(): void {
    for (const listener of this.listeners) listener(this.current);
  }
}
