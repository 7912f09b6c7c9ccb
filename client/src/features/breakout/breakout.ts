import type { BreakoutGroup, Case, Person, SeriesState } from "@common/domain/types.js";
import { Role } from "@common/domain/vocabulary.js";

/** The breakout group `me` is in, with its number (1-based); null when none. */
export function myGroup(state: SeriesState, me: string | null): { group: BreakoutGroup; number: number } | null {
  const groups = state.room.breakout?.groups ?? [];
  const index = me === null ? -1 : groups.findIndex((g) => g.memberIds.includes(me));
  const group = groups[index];
  return group ? { group, number: index + 1 } : null;
}

/** Who is put into groups: everyone who takes part, except those who facilitate. */
export function groupablePeople(state: SeriesState): Person[] {
  return Object.values(state.people)
    .filter((p) => p.role === Role.participant)
    .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
}

/** How far a group has got on its case. */
export interface GroupProgress {
  online: number;
  members: number;
  notes: number;
  /** The Sales and Operations views written (0–2). */
  views: number;
  mirrors: number;
}

/** A group's progress: members online, notes, views and mirrors on its case. */
export function groupProgress(
  group: BreakoutGroup,
  theCase: Case | undefined,
  online: ReadonlySet<string>,
): GroupProgress {
  return {
    online: group.memberIds.filter((id) => online.has(id)).length,
    members: group.memberIds.length,
    notes: theCase ? theCase.wentWell.length + theCase.wentWrong.length + theCase.betterNext.length : 0,
    views: theCase ? [theCase.salesView, theCase.operationsView].filter((v) => v.trim() !== "").length : 0,
    mirrors: theCase?.mirrors.length ?? 0,
  };
}
