import type { SeriesEvent } from "../apply.js";
import { eventSpec } from "../registry.js";
import type { Agreement, Mirror, Note, Review, SeriesState, Session } from "../types.js";
import { AnonymityMode } from "../vocabulary.js";
import type { ItemRef } from "./itemRefs.js";
import { hiddenEvent, internalToOf, visibility, visibleTotals, type ProjectedEvent } from "./seen.js";
import { touchedItems } from "./touched.js";
import { canSee, viewerOf, type Viewer } from "./viewer.js";
import { projectTrash } from "../trash/project.js";
import { projectVisits } from "../stations/project.js";

export { hiddenEvent, type ProjectedEvent } from "./seen.js";

function touchedBoth(event: SeriesEvent, before: SeriesState, after: SeriesState): ItemRef[] {
  return [...touchedItems(before, event.command), ...touchedItems(after, event.command)];
}

/** The note or mirror an anonymous-capable command writes, if it is not a named one. */
function anonymousTarget(event: SeriesEvent, before: SeriesState, after: SeriesState): Note | Mirror | null {
  return eventSpec(event.command).anonymousContribution?.(event.command, before, after) ?? null;
}

/**
 * Whether every viewer receives this event unchanged: it touches no internal
 * item, carries no ballot, names no anonymous author and changes nobody's view.
 */
export function eventIsPublic(event: SeriesEvent, before: SeriesState, after: SeriesState): boolean {
  const spec = eventSpec(event.command);
  if (spec.alwaysProjected) return false;
  if (before.room.voting && after.room.voting && before.room.voting.voters !== after.room.voting.voters) return false;
  if (spec.changesViewers) return false;
  if (anonymousTarget(event, before, after)) return false;
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
  const spec = eventSpec(command);
  const self = viewer.personId;
  if (self !== null && spec.changesViewers) {
    const was = viewerOf(before, self);
    const is = viewerOf(after, self);
    if (was && is && (was.orgId !== is.orgId || was.role !== is.role))
      return { event: hiddenEvent(event), resync: true };
  }
  // Ballots, revealed totals, spotlights, carried cases and breakout groups: the command's own rule.
  const own = spec.project?.(event, command, before, after, viewer);
  if (own) return own;
  const seen = touchedBoth(event, before, after).flatMap((item) => [
    visibility(before, item, viewer),
    visibility(after, item, viewer),
  ]);
  if (seen.includes("hidden")) {
    return { event: hiddenEvent(event), resync: seen.includes("visible") };
  }
  const anonymous = anonymousTarget(event, before, after);
  if (anonymous && event.actorId !== self) {
    return { event: { ...event, actorId: "", author: authorLabel(anonymous) }, resync: false };
  }
  return { event, resync: false };
}

function authorLabel(item: Note | Mirror): { side: Note["authorSide"]; orgId: string | null } {
  return item.anonymity === AnonymityMode.side
    ? { side: item.authorSide, orgId: item.authorOrgId }
    : { side: null, orgId: null };
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
        ...(a.parentId ? { parentId: keep(a.parentId, agreements) } : {}),
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
    ...(state.visits ? { visits: projectVisits(state.visits, viewer, (id) => Object.hasOwn(cases, id)) } : {}),
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
