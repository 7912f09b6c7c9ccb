import type { SeriesEvent } from "../apply.js";
import type { EventCommand } from "../commands.js";
import type { Agreement, Case, Goal, Mirror, Note, Review, SeriesState, Session } from "../types.js";
import { AnonymityMode, ItemKind } from "../vocabulary.js";
import { touchedItems } from "./touched.js";
import { canSee, viewerOf, type Viewer } from "./viewer.js";
import { trashKey } from "../trash/entries.js";
import { projectTrash } from "../trash/project.js";

/** An event as one viewer receives it, and whether their view changed as a whole (send them a snapshot). */
export interface ProjectedEvent {
  event: SeriesEvent;
  resync: boolean;
}

/** The placeholder a viewer receives for an event they may not see: it only advances the sequence number. */
export function hiddenEvent(event: SeriesEvent): SeriesEvent {
  return { seq: event.seq, commandId: "", actorId: "", at: event.at, command: { type: "hidden" } };
}

type ItemRef = { kind: ItemKind; id: string };

/** The org an item is internal to; null when shared; undefined when there is no such item. */
function internalToOf(state: SeriesState, item: ItemRef): string | null | undefined {
  const table: Record<string, Case | Agreement | Goal> =
    item.kind === ItemKind.case ? state.cases : item.kind === ItemKind.agreement ? state.agreements : state.goals;
  return Object.hasOwn(table, item.id) ? table[item.id]?.internalTo : undefined;
}

function touchedBoth(event: SeriesEvent, before: SeriesState, after: SeriesState): ItemRef[] {
  return [...touchedItems(before, event.command), ...touchedItems(after, event.command)];
}

const viewerChanging = new Set<string>(["person.update", "person.role", "person.confirm", "facilitation.handover"]);

/** The note or mirror an anonymous-capable command writes, if it is not a named one. */
function anonymousTarget(command: EventCommand, before: SeriesState, after: SeriesState): Note | Mirror | null {
  switch (command.type) {
    case "case.note.add":
    case "case.note.update":
    case "case.note.remove": {
      if (command.list !== "went_wrong") return null;
      const inAfter = after.cases[command.caseId]?.wentWrong.find((n) => n.id === command.noteId);
      const note = inAfter ?? before.cases[command.caseId]?.wentWrong.find((n) => n.id === command.noteId);
      return note && note.anonymity !== AnonymityMode.named ? note : null;
    }
    case "item.restore": {
      // A restored contribution is found in the trash before: its restorer is named no more than its author.
      const entry = before.trash?.[trashKey(command.kind, command.itemId)];
      if (entry?.kind === "note" && entry.list !== "went_wrong") return null;
      const item = entry?.kind === "note" || entry?.kind === "mirror" ? entry.item : null;
      return item && item.anonymity !== AnonymityMode.named ? item : null;
    }
    case "case.mirror.add":
    case "case.mirror.remove": {
      // A removed statement is found in the state before; its remover is named no more than its author.
      const inAfter = after.cases[command.caseId]?.mirrors.find((m) => m.id === command.mirrorId);
      const mirror = inAfter ?? before.cases[command.caseId]?.mirrors.find((m) => m.id === command.mirrorId);
      return mirror && mirror.anonymity !== AnonymityMode.named ? mirror : null;
    }
    default:
      return null;
  }
}

/**
 * Whether every viewer receives this event unchanged: it touches no internal
 * item, carries no ballot, names no anonymous author and changes nobody's view.
 */
export function eventIsPublic(event: SeriesEvent, before: SeriesState, after: SeriesState): boolean {
  const { command } = event;
  if (command.type === "series.restore") return false;
  if (command.type === "vote.cast" || command.type === "vote.reveal") return false;
  if (before.room.voting && after.room.voting && before.room.voting.voters !== after.room.voting.voters) return false;
  if (viewerChanging.has(command.type)) return false;
  if (anonymousTarget(command, before, after)) return false;
  return touchedBoth(event, before, after).every((item) => !internalToOf(before, item) && !internalToOf(after, item));
}

/**
 * The event as `viewer` may receive it: unchanged, without its anonymous
 * author, with the revealed totals instead of ballots, or as a placeholder.
 */
export function projectEvent(
  event: SeriesEvent,
  before: SeriesState,
  after: SeriesState,
  viewer: Viewer,
): ProjectedEvent {
  const projected = projectCommand(event, before, after, viewer);
  // Removing an item during a vote takes its dots back: the voter count then changes in a way
  // only the server can count, so it rides along.
  const voters = after.room.voting?.voters;
  const counted = command(projected.event) === "vote.counted";
  if (voters !== undefined && before.room.voting && before.room.voting.voters !== voters && !counted) {
    return { ...projected, event: { ...projected.event, voters } };
  }
  return projected;
}

function command(event: SeriesEvent): string {
  return event.command.type;
}

function projectCommand(event: SeriesEvent, before: SeriesState, after: SeriesState, viewer: Viewer): ProjectedEvent {
  const { command } = event;
  // A restore carries a whole series, internal items and ballots included: each viewer takes a snapshot instead.
  if (command.type === "series.restore") return { event: hiddenEvent(event), resync: true };
  const self = viewer.personId;
  if (self !== null && viewerChanging.has(command.type)) {
    const was = viewerOf(before, self);
    const is = viewerOf(after, self);
    if (was && is && (was.orgId !== is.orgId || was.role !== is.role))
      return { event: hiddenEvent(event), resync: true };
  }
  if (command.type === "vote.cast" && event.actorId !== self) {
    const voters = after.room.voting?.voters ?? 0;
    return { event: { ...hiddenEvent(event), command: { type: "vote.counted", voters } }, resync: false };
  }
  // A spotlight on, or breakout groups with, items the viewer may not see: they get the rest.
  if (command.type === "room.spotlight" && command.item && visibility(after, command.item, viewer) === "hidden") {
    return { event: { ...event, command: { type: "room.spotlight", item: null } }, resync: false };
  }
  // A close that carries cases the viewer may not see: they get the rest (the hidden ones are not in their state).
  if (command.type === "session.close" && command.carry) {
    const cases = Object.fromEntries(
      Object.entries(command.carry.cases).filter(
        ([id]) => visibility(before, { kind: ItemKind.case, id }, viewer) !== "hidden",
      ),
    );
    return { event: { ...event, command: { ...command, carry: { ...command.carry, cases } } }, resync: false };
  }
  if (command.type === "breakout.start") {
    const groups = command.groups.map((g) =>
      g.caseId !== null && visibility(after, { kind: ItemKind.case, id: g.caseId }, viewer) === "hidden"
        ? { ...g, caseId: null }
        : g,
    );
    return { event: { ...event, command: { ...command, groups } }, resync: false };
  }
  const seen = touchedBoth(event, before, after).flatMap((item) => [
    visibility(before, item, viewer),
    visibility(after, item, viewer),
  ]);
  if (seen.includes("hidden")) {
    return { event: hiddenEvent(event), resync: seen.includes("visible") };
  }
  if (command.type === "vote.reveal") {
    const totals = visibleTotals(after, viewer);
    return { event: { ...event, command: { type: "vote.reveal", totals } }, resync: false };
  }
  const anonymous = anonymousTarget(command, before, after);
  if (anonymous && event.actorId !== self) {
    return { event: { ...event, actorId: "", author: authorLabel(anonymous) }, resync: false };
  }
  return { event, resync: false };
}

function visibility(state: SeriesState, item: ItemRef, viewer: Viewer): "visible" | "hidden" | "absent" {
  const internalTo = internalToOf(state, item);
  if (internalTo === undefined) return "absent";
  return canSee(viewer, internalTo) ? "visible" : "hidden";
}

function authorLabel(item: Note | Mirror): { side: Note["authorSide"]; orgId: string | null } {
  return item.anonymity === AnonymityMode.side
    ? { side: item.authorSide, orgId: item.authorOrgId }
    : { side: null, orgId: null };
}

function visibleTotals(state: SeriesState, viewer: Viewer): Record<string, number> {
  const totals = state.room.voting?.totals ?? {};
  return Object.fromEntries(
    Object.entries(totals).filter(([id]) => {
      const item = state.cases[id] ?? state.agreements[id];
      return item === undefined || canSee(viewer, item.internalTo);
    }),
  );
}

/**
 * The series as `viewer` may see it: without other organisations' internal
 * items (and every reference to them), without anyone else's ballots, and
 * without the authors of anonymous notes and mirror statements. What the
 * viewer sees unchanged keeps its object, so snapshots share it.
 */
export function projectState(state: SeriesState, viewer: Viewer): SeriesState {
  const goals = shown(state.goals, viewer);
  const cases = shown(state.cases, viewer);
  const agreements = shown(state.agreements, viewer);
  const visibleGoal = (id: string): boolean => Object.hasOwn(goals, id);
  const keep = (id: string | null, table: Record<string, unknown>): string | null =>
    id !== null && Object.hasOwn(table, id) ? id : null;
  const hiddenIds = new Set([
    ...Object.keys(state.goals).filter((id) => !visibleGoal(id)),
    ...Object.keys(state.cases).filter((id) => !Object.hasOwn(cases, id)),
    ...Object.keys(state.agreements).filter((id) => !Object.hasOwn(agreements, id)),
  ]);
  const visibleGoals = (ids: string[]): string[] => kept(ids, ids.filter(visibleGoal));
  const spotlight = state.room.spotlight && hiddenIds.has(state.room.spotlight.id) ? null : state.room.spotlight;
  const breakout = state.room.breakout && {
    ...state.room.breakout,
    groups: state.room.breakout.groups.map((g) => ({ ...g, caseId: keep(g.caseId, cases) })),
  };
  const voting = state.room.voting && {
    ...state.room.voting,
    totals: state.room.voting.totals && visibleTotals(state, viewer),
  };
  const own =
    viewer.personId !== null && Object.hasOwn(state.votes, viewer.personId) ? state.votes[viewer.personId] : undefined;
  // The trash is never passed on whole: `visibleTrash` says what of it the viewer gets.
  const { trash: _whole, ...withoutTrash } = state;
  return {
    ...withoutTrash,
    sessions: hiddenIds.size === 0 ? state.sessions : mapValues(state.sessions, (s) => withoutHiddenDots(s, hiddenIds)),
    goals,
    cases: mapValues(cases, (c) =>
      changed(c, {
        goalIds: visibleGoals(c.goalIds),
        wentWrong: kept(
          c.wentWrong,
          c.wentWrong.map((n) => anonymized(n, viewer)),
        ),
        mirrors: kept(
          c.mirrors,
          c.mirrors.map((m) => anonymized(m, viewer)),
        ),
      }),
    ),
    agreements: mapValues(agreements, (a) =>
      changed(a, {
        goalIds: visibleGoals(a.goalIds),
        caseId: keep(a.caseId, cases),
        predecessorId: keep(a.predecessorId, agreements),
      }),
    ),
    reviews: visibleReviews(state.reviews, agreements, visibleGoal),
    // Keys are kind:id:field, and a review's id is session:agreement.
    edits:
      hiddenIds.size === 0
        ? state.edits
        : Object.fromEntries(
            Object.entries(state.edits).filter(
              ([key]) =>
                !key
                  .split(":")
                  .slice(1, 3)
                  .some((id) => hiddenIds.has(id)),
            ),
          ),
    room: { ...state.room, spotlight, breakout, voting },
    ...visibleTrash(state, viewer, hiddenIds),
    votes: own && viewer.personId !== null ? { [viewer.personId]: own } : {},
  };
}

/** The trash the viewer may see, or nothing when they may see none of it (as in a series without a trash). */
function visibleTrash(state: SeriesState, viewer: Viewer, hiddenIds: ReadonlySet<string>): Partial<SeriesState> {
  if (!state.trash) return {};
  const trash = projectTrash(state.trash, state, viewer, { hiddenIds, anonymized: (item) => anonymized(item, viewer) });
  return Object.keys(trash).length === 0 ? {} : { trash };
}

/** The items of a record the viewer may see; the record itself when that is all of them. */
function shown<T extends { internalTo: string | null }>(record: Record<string, T>, viewer: Viewer): Record<string, T> {
  const entries = Object.entries(record);
  const visible = entries.filter(([, item]) => canSee(viewer, item.internalTo));
  return visible.length === entries.length ? record : Object.fromEntries(visible);
}

function visibleReviews(
  reviews: Record<string, Review>,
  agreements: Record<string, Agreement>,
  visibleGoal: (id: string) => boolean,
): Record<string, Review> {
  const entries = Object.entries(reviews);
  const visible: [string, Review][] = [];
  for (const [id, review] of entries) {
    if (!Object.hasOwn(agreements, review.agreementId)) continue;
    const fitEntries = Object.entries(review.fit);
    const fitShown = fitEntries.filter(([goalId]) => visibleGoal(goalId));
    const fit = fitShown.length === fitEntries.length ? review.fit : Object.fromEntries(fitShown);
    const successorId =
      review.successorId !== null && Object.hasOwn(agreements, review.successorId) ? review.successorId : null;
    visible.push([id, changed(review, { fit, successorId })]);
  }
  const same = visible.length === entries.length && visible.every(([, review], i) => review === entries[i]?.[1]);
  return same ? reviews : Object.fromEntries(visible);
}

/** A session whose kept vote results name no hidden item (as the viewer's reveal event did not). */
function withoutHiddenDots(session: Session, hiddenIds: ReadonlySet<string>): Session {
  const results = session.voteResults;
  if (!results) return session;
  const shownResults = results.map((result) => {
    const entries = Object.entries(result.totals);
    const shownEntries = entries.filter(([id]) => !hiddenIds.has(id));
    return shownEntries.length === entries.length ? result : { ...result, totals: Object.fromEntries(shownEntries) };
  });
  return changed(session, { voteResults: kept(results, shownResults) });
}

/** `next` when it holds other elements than `original`, else `original` itself. */
function kept<T>(original: T[], next: T[]): T[] {
  return next.length === original.length && next.every((item, i) => item === original[i]) ? original : next;
}

/** The item with `changes`, or the item itself when they change nothing. */
function changed<T extends object>(item: T, changes: Partial<T>): T {
  const differs = (Object.keys(changes) as (keyof T)[]).some((key) => changes[key] !== item[key]);
  return differs ? { ...item, ...changes } : item;
}

function anonymized<T extends Note | Mirror>(item: T, viewer: Viewer): T {
  if (item.anonymity === AnonymityMode.named || item.by === viewer.personId) return item;
  const label = authorLabel(item);
  return { ...item, by: "", authorSide: label.side, authorOrgId: label.orgId };
}

/** The record with every value changed; the record itself when no value changes. */
function mapValues<T>(record: Record<string, T>, change: (value: T) => T): Record<string, T> {
  const entries = Object.entries(record);
  const next = entries.map(([id, value]): [string, T] => [id, change(value)]);
  return next.every(([, value], i) => value === entries[i]?.[1]) ? record : Object.fromEntries(next);
}
