import type { AgendaItem, Session } from "../types.js";
import { PHASES, type Phase } from "../vocabulary.js";

/** One step of a session's agenda: one of the five phases, or an item placed among them. */
export type AgendaStep = { kind: "phase"; phase: Phase } | { kind: "item"; item: AgendaItem };

/** A session's agenda items (none for older states). */
export function agendaOf(session: Session): readonly AgendaItem[] {
  return session.agenda ?? [];
}

/** The items at one place, in order. */
export function itemsAt(agenda: readonly AgendaItem[], before: Phase | null): AgendaItem[] {
  return agenda.filter((item) => item.before === before);
}

/** The whole agenda in the order of the meeting: each phase after the items placed before it, then the items after the last. */
export function agendaSteps(session: Session): AgendaStep[] {
  const agenda = agendaOf(session);
  const steps: AgendaStep[] = [];
  for (const phase of PHASES) {
    for (const item of itemsAt(agenda, phase)) steps.push({ kind: "item", item });
    steps.push({ kind: "phase", phase });
  }
  for (const item of itemsAt(agenda, null)) steps.push({ kind: "item", item });
  return steps;
}

/** The agenda with one item moved to a place, at a position among the items there (past the end: last). */
export function moveItem(
  agenda: readonly AgendaItem[],
  itemId: string,
  before: Phase | null,
  index: number,
): AgendaItem[] {
  const item = agenda.find((i) => i.id === itemId);
  if (!item) return [...agenda];
  const rest = agenda.filter((i) => i.id !== itemId);
  const there = itemsAt(rest, before);
  const moved = { ...item, before };
  const anchor = there[index];
  if (!anchor) return [...rest, moved];
  const at = rest.indexOf(anchor);
  return [...rest.slice(0, at), moved, ...rest.slice(at)];
}

/** The item the room is at, if any. */
export function currentItem(session: Session): AgendaItem | null {
  const step = session.agendaStep;
  if (!step) return null;
  return agendaOf(session).find((item) => item.id === step) ?? null;
}

/**
 * What follows where the room is, in the order of the meeting: after an
 * agenda item the next item or the phase it stands before, after a phase the
 * items placed before the next phase or that phase. Null at the end.
 */
export function stepAfter(session: Session): AgendaStep | null {
  const steps = agendaSteps(session);
  const item = currentItem(session);
  const at = item
    ? steps.findIndex((step) => step.kind === "item" && step.item.id === item.id)
    : steps.findIndex((step) => step.kind === "phase" && step.phase === session.phase);
  return at < 0 ? null : (steps[at + 1] ?? null);
}
