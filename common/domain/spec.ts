import type { z } from "zod";
import type { Rejection } from "../errors.js";
import type { SeriesEvent } from "./apply.js";
import type { ClientCommand, EventCommand } from "./commands.js";
import type { Context } from "./reduce/helpers.js";
import type { EntityKind, Mirror, Note, Person, SeriesState } from "./types.js";
import type { TrashKind } from "./vocabulary.js";
import type { ItemRef } from "./visibility/itemRefs.js";
import type { ProjectedEvent } from "./visibility/seen.js";
import type { Viewer } from "./visibility/viewer.js";

/**
 * Who may send a command: a facilitator only; any participant (not an
 * observer); everyone, observers too; or a participant about their own
 * person, a facilitator about anyone (`ownPerson` names the person it is about).
 */
export const Sender = { facilitator: "facilitator", participant: "participant", everyone: "everyone" } as const;
export type Sender = (typeof Sender)[keyof typeof Sender];

/** What the sender is told when a command names something that is not there (the client maps it to its message). */
export const GoneNotice = {
  case: "case",
  linkedCase: "linkedCase",
  agreement: "agreement",
  review: "review",
  attendance: "attendance",
  trash: "trash",
  series: "series",
  /** Something else is gone. */
  item: "item",
} as const;
export type GoneNotice = (typeof GoneNotice)[keyof typeof GoneNotice];

/** Conflicts a command's feature explains better than "collided with another change". */
export const ConflictNotice = {
  reviewNotDue: "reviewNotDue",
  ownMirror: "ownMirror",
  restoreCaseFirst: "restoreCaseFirst",
} as const;
export type ConflictNotice = (typeof ConflictNotice)[keyof typeof ConflictNotice];

/** The fields of one entity a command writes (last writer wins per field). */
export interface FieldEdits {
  kind: EntityKind;
  entityId: string;
  fields: readonly string[];
}

/** What a removal put into the trash, for the notice that offers to undo it. */
export interface Removal {
  kind: TrashKind;
  itemId: string;
  /** The removed item's title or text. */
  text: string;
}

/**
 * Everything about one kind of event a series can hold: its consistency
 * check, its reducer, what it touches and how it is projected. Methods, not
 * function properties: the spec of one command is then a spec of the whole
 * union, callable through one lookup without casts.
 */
export interface CommandSpec<C extends EventCommand> {
  /** Applies to a series that does not exist yet (every other command needs one). */
  opensSeries?: boolean;
  /**
   * Why the command cannot be applied to the state, or null. Consistency
   * only; `actorId` is the joining or importing person for server events.
   */
  check(state: SeriesState, command: C, actorId: string): Rejection | null;
  /** The state with the command applied; it passed `check`. */
  reduce(state: SeriesState, command: C, ctx: Context): SeriesState;
  /** The cases, agreements and goals the command names (adds included): what a viewer must see to send or receive it. */
  touches(state: SeriesState, command: C): ItemRef[];
  /** The fields it writes, for last-writer-wins notices; none when absent. */
  edits?(command: C, seriesId: string): FieldEdits | null;
  /** It may change someone's role or organisation, so what they see. */
  changesViewers?: boolean;
  /** It is never sent unchanged to everyone (ballots, counted totals, a whole series). */
  alwaysProjected?: boolean;
  /** The anonymous note or mirror statement it writes (found after, or before when removed), if any. */
  anonymousContribution?(command: C, before: SeriesState, after: SeriesState): Note | Mirror | null;
  /**
   * How the event reaches a viewer when its command has its own rule; null
   * leaves it to the general one (hidden items, anonymous authors).
   */
  project?(
    event: SeriesEvent,
    command: C,
    before: SeriesState,
    after: SeriesState,
    viewer: Viewer,
  ): ProjectedEvent | null;
}

/** A command a client sends: the spec of the event plus its schema, who may send it and how it reads in notices. */
export interface ClientCommandSpec<C extends ClientCommand> extends CommandSpec<C> {
  schema: z.ZodType<C>;
  /** Who may send it; `{ ownPerson }` for a participant about themself (a facilitator about anyone). */
  sender: Sender | { ownPerson(command: C): string };
  /** Participants may still send it while the board or the current phase is locked. */
  whileLocked: boolean;
  /** A rule about who sends it that depends on the state (their own ballot, their organisation's items). */
  actorRule?(state: SeriesState, actor: Person, command: C): Rejection | null;
  /** How a refusal of it reads: what is gone when it meets not_found, which conflict it explains. */
  notice: { gone: GoneNotice; conflict?: ConflictNotice };
  /** The case or agreement the client marks as pending while the command waits; none when absent. */
  pendingItem?(command: C): string | null;
  /** What it moves to the trash, for the notice with an undo; none when absent. */
  removes?(state: SeriesState, command: C): Removal | null;
}
