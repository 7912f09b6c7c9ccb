/** A performance target of issue 7: the figure must stay at or below `atMost`. */
export interface Target {
  atMost: number;
}

/** One measured figure, with its target when the issue sets one. */
export interface Figure {
  name: string;
  value: number;
  unit: string;
  target?: Target;
}

/** What one scenario measured on one storage (and number of server instances). */
export interface ScenarioResult {
  scenario: string;
  storage: string;
  instances: number;
  figures: Figure[];
  /** Context a reader needs: sizes, setup times, caveats. */
  notes: string[];
  details: Record<string, unknown>;
}

/** A figure; `atMost` sets its target. */
export function figure(name: string, value: number, unit: string, atMost?: number): Figure {
  return atMost === undefined ? { name, value, unit } : { name, value, unit, target: { atMost } };
}

/** Whether a figure met its target; null when it has none. */
export function met(f: Figure): boolean | null {
  if (!f.target) return null;
  return Number.isFinite(f.value) && f.value <= f.target.atMost;
}
