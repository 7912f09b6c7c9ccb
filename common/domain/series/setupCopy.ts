import { emptyRoom, type SeriesState } from "../types.js";

/** What the new series is called and when it is made (time comes from outside: no clock in here). */
export interface SetupCopyOptions {
  name: string;
  /** ISO timestamp of the copy. */
  createdAt: string;
}

/**
 * A new series with only the setup of `source`, for a moderator who runs the
 * same format with another partner: its organisations, goals (baseline and
 * target, internal ones kept internal), interests and collisions, the starter
 * catalog answer, the rhythm, the agenda template (a built-in one or the
 * series' own, its owners among the people who come along), and its people with their organisation,
 * function and role — their ways in live in storage and never come along.
 * No session, case, agreement, review, trash, room, ballot or last writer:
 * measured values live in reviews, so none is copied. The result keeps the
 * source's id and sequence numbers, as a backup does, and is meant for
 * `series.restore` (which gives it the new series' id and numbers).
 */
export function seriesSetupCopy(source: SeriesState, options: SetupCopyOptions): SeriesState {
  return {
    id: source.id,
    name: options.name,
    createdAt: options.createdAt,
    seq: source.seq,
    starterCatalog: source.starterCatalog,
    orgs: source.orgs,
    people: source.people,
    goals: source.goals,
    interests: source.interests,
    collisions: source.collisions,
    sessions: {},
    cases: {},
    agreements: {},
    reviews: {},
    edits: {},
    room: emptyRoom(),
    votes: {},
    ...(source.schedule && { schedule: source.schedule }),
    ...(source.template && { template: source.template }),
  };
}
