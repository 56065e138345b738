import type { ParamId } from '../../models/schema';
import { PARAM_IDS } from '../../models/schema';
import type { Scenario } from '../../src/model/types';
import type { AppStore } from './store';

/** How many scenarios back the reader can go. */
const LIMIT = 100;
/** Steps of one slider closer together than this are one step of undo (a drag, a held arrow key). */
const BURST_MS = 800;

/** The one parameter in which `a` and `b` differ, or null when they differ in none or in more. */
function onlyChange(a: Scenario, b: Scenario): ParamId | null {
  if (a.demandCurve !== b.demandCurve) return null;
  let found: ParamId | null = null;
  for (const id of PARAM_IDS) {
    if (a.parameters[id] === b.parameters[id]) continue;
    if (found) return null;
    found = id;
  }
  return found;
}

/**
 * Undo for the scenario: every change of the store's scenario (a slider, a preset, reset-all, a
 * loaded file) pushes the scenario before it, and `undo()` puts it back. The steps of one slider
 * that follow each other quickly are one entry, so undo after a drag returns to where it began.
 * Language, theme, baseline and basis are views of the same scenario and are not undone.
 */
export class UndoHistory {
  private readonly past: Scenario[] = [];
  private current: Scenario;
  private lastKey: ParamId | null = null;
  private lastTime = Number.NEGATIVE_INFINITY;
  private restoring = false;
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly store: AppStore,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.current = store.state.scenario;
    store.subscribe((s) => this.onState(s.scenario));
  }

  get canUndo(): boolean {
    return this.past.length > 0;
  }

  /** Puts back the scenario before the last change; false when there is none. */
  undo(): boolean {
    const previous = this.past.pop();
    if (!previous) return false;
    this.restoring = true;
    try {
      this.store.set({ scenario: previous });
    } finally {
      this.restoring = false;
    }
    this.lastKey = null;
    this.notify();
    return true;
  }

  /** Starts afresh from the scenario now in the store (after a link has been read on opening). */
  forget(): void {
    this.past.length = 0;
    this.current = this.store.state.scenario;
    this.lastKey = null;
    this.notify();
  }

  /** Calls `listener` when `canUndo` may have changed; returns the function that stops it. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private onState(scenario: Scenario): void {
    if (scenario === this.current) return;
    const before = this.current;
    this.current = scenario;
    if (this.restoring) return;
    const key = onlyChange(before, scenario);
    const time = this.now();
    const sameBurst = key !== null && key === this.lastKey && time - this.lastTime < BURST_MS;
    this.lastKey = key;
    this.lastTime = time;
    if (sameBurst) return;
    this.past.push(before);
    if (this.past.length > LIMIT) this.past.shift();
    this.notify();
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }
}
