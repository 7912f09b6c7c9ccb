import { LIMITS } from "./limits.js";
import { z } from "zod";
import { clientCommandSchema, idSchema } from "./domain/commands.js";
import type { SeriesEvent } from "./domain/apply.js";
import type { SeriesState } from "./domain/types.js";
import type { Rejection } from "./errors.js";

/**
 * Version of the socket protocol. A client speaking another version is
 * refused at `hello` and told to reload. 4: the check-in round (`checkin.answer`), the series'
 * schedule (`series.schedule`), a close that makes the next session and carries cases, and
 * the trash (`item.restore`). 5: an agreement's expected margin effect (`effect`) and a
 * review's realised one (`realisedEffect`).
 * 6: agenda items beside the five phases (`agenda.add`, `agenda.update`,
 * `agenda.move`, `agenda.remove`, `agenda.step`).
 * 7: the kind of change (`changeKind`: scale / optimize / redesign) of goals and agreements;
 * a peer visit's stations, observation cards and take-home lists (`station.*`, `observation.*`,
 * `takehome.*`); agenda templates (`template.choose`, `template.save`, `template.apply`, the
 * series' `template`, a new session's `agenda` in `session.add` and in a close's `next`);
 * two levels: a session's `level` and an executive agreement's strategic `parentId`.
 */
export const PROTOCOL_VERSION = 7;

/** Names of the messages a client sends. */
export const ClientMessage = {
  hello: "hello",
  command: "command",
  sync: "sync",
  presence: "presence",
  access: "access",
} as const;
export type ClientMessage = (typeof ClientMessage)[keyof typeof ClientMessage];

/** Names of the messages the server sends. */
export const ServerMessage = {
  events: "events",
  presence: "presence",
} as const;
export type ServerMessage = (typeof ServerMessage)[keyof typeof ServerMessage];

const seqSchema = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

/**
 * `hello`: open the series the connection's device token belongs to, saying
 * the last sequence number seen. Who is speaking comes from the token, never from here.
 */
export const helloSchema = z.strictObject({
  v: z.number().int(),
  seriesId: idSchema,
  lastSeq: seqSchema,
});
export type Hello = z.infer<typeof helloSchema>;

/** `command`: one change, with the client-made id that makes retries safe. */
export const commandEnvelopeSchema = z.strictObject({
  id: idSchema,
  command: clientCommandSchema,
});
export type CommandEnvelope = z.infer<typeof commandEnvelopeSchema>;

/** `sync`: ask again for everything after `lastSeq` (after a gap). */
export const syncSchema = z.strictObject({ lastSeq: seqSchema });
export type SyncRequest = z.infer<typeof syncSchema>;

/** `presence`: which item this connection looks at and types in (ephemeral). */
export const presenceSchema = z.strictObject({
  focus: idSchema.nullable(),
  typing: idSchema.nullable().optional(),
});

/**
 * `access`: a facilitator lists, makes and revokes invite links, or revokes a
 * person's devices; anyone asks for a personal link of their own.
 */
export const accessRequestSchema = z.discriminatedUnion("action", [
  z.strictObject({ action: z.literal("invites") }),
  z.strictObject({
    action: z.literal("createInvite"),
    role: z.enum(["facilitator", "participant", "observer"]),
    /** A link for one organisation's people: who joins through it belongs to it, vouched for. */
    orgId: idSchema.nullable().optional(),
    /** Days the link can be used to join; null: until revoked. People who joined keep access until revoked. */
    validDays: z.number().int().min(1).max(LIMITS.inviteValidDaysMax).nullable().optional(),
  }),
  z.strictObject({ action: z.literal("revokeInvite"), inviteId: idSchema }),
  z.strictObject({ action: z.literal("revokePerson"), personId: idSchema }),
  /**
   * A personal link: a new device token of the person (for their own other
   * device, or — made by a facilitator — for someone who never joined), returned once.
   */
  z.strictObject({ action: z.literal("personalLink"), personId: idSchema }),
]);
export type AccessRequest = z.infer<typeof accessRequestSchema>;

/** An invite link as facilitators see it; the token itself is only in the answer that made it. */
export interface InviteView {
  id: string;
  role: "facilitator" | "participant" | "observer";
  orgId: string | null;
  createdAt: string;
  createdBy: string;
  revokedAt: string | null;
  /** Nobody can join through the link after this moment; null: until revoked. */
  expiresAt: string | null;
  joined: number;
}

/** A personal link as made: the person's new device token, which opens `/me#<token>`; only in this reply. */
export interface PersonalLink {
  personId: string;
  token: string;
  /**
   * Made by a facilitator for someone else: it opens only "My agreements" until the person
   * opens it on their device, which claims it (see docs/security.md).
   */
  limited: boolean;
}

/**
 * Reply to `access`: the series' invite links after the action (empty for
 * anyone but a facilitator), a new link's token, or a new personal link.
 */
export type AccessReply =
  | { ok: true; invites: InviteView[]; created?: { inviteId: string; token: string }; personalLink?: PersonalLink }
  | { ok: false; error: Rejection };

/** Names of the errors a refused connection (socket.io `connect_error`) carries as its message. */
export const ConnectRefusal = {
  /** The device token is missing, unknown, revoked or expired: the device has no access. */
  unauthorized: "unauthorized",
  /** The page's origin is not allowed to connect. */
  forbiddenOrigin: "forbidden_origin",
  /** This address holds as many connections as it may; try again later. */
  tooManyConnections: "too_many_connections",
  /** This address failed too many token checks (handshakes or HTTP); try again in a minute. */
  tooManyAttempts: "too_many_attempts",
} as const;
export type PresenceUpdate = z.infer<typeof presenceSchema>;

/** What a client needs to catch up: the missing events or a whole snapshot. */
export type CatchUp =
  { kind: "events"; events: SeriesEvent[]; headSeq: number } | { kind: "snapshot"; state: SeriesState };

/** Reply to `hello` and `sync`; `serverNow` (ms since epoch) lets clients run timers on the server's clock. */
export type CatchUpReply =
  ({ ok: true; personId: string; serverNow: number } & CatchUp) | { ok: false; error: Rejection };

/**
 * A state as compressed (raw deflate) UTF-8 JSON: the big records one by one,
 * the other fields as one object. Binary attachments, which neither side's
 * socket layer walks or re-encodes (`readCatchUpReply` turns them back into
 * a state).
 */
export interface EncodedState<Bytes = Uint8Array | ArrayBuffer> {
  rest: Bytes;
  records: Record<string, Bytes>;
}

/** A catch-up as it travels. */
export type WireCatchUp =
  { kind: "events"; events: SeriesEvent[]; headSeq: number } | { kind: "snapshot"; encodedState: EncodedState };

/** `CatchUpReply` as it travels. */
export type WireCatchUpReply =
  ({ ok: true; personId: string; serverNow: number } & WireCatchUp) | { ok: false; error: Rejection };

/** Reply to `command`: its sequence number once committed, or why not. */
export type CommandReply = { ok: true; seq: number; duplicate: boolean } | { ok: false; error: Rejection };

/** One connection of a person who is online. */
export interface PresenceEntry {
  connectionId: string;
  personId: string;
  focus: string | null;
  typing: string | null;
}

/** `events`: committed events of the series, in sequence order. */
export interface EventsMessage {
  events: SeriesEvent[];
  /** What this client may see changed as a whole (e.g. an item became internal): ask for a fresh snapshot. */
  resync?: boolean;
}

/** `presence`: everyone connected to the series right now. */
export interface PresenceMessage {
  online: PresenceEntry[];
  /**
   * The series' last sequence number as the sender read it. A client behind
   * it asks for what it missed: events an instance committed but could not
   * pass on before it stopped reach nobody else by broadcast.
   */
  headSeq: number;
}

/** socket.io typing: messages the server sends. */
export interface ServerToClientEvents {
  events: (message: EventsMessage) => void;
  presence: (message: PresenceMessage) => void;
}

/** socket.io typing: messages a client sends (payloads are validated, not trusted). */
export interface ClientToServerEvents {
  hello: (message: unknown, reply: (answer: WireCatchUpReply) => void) => void;
  command: (message: unknown, reply: (answer: CommandReply) => void) => void;
  sync: (message: unknown, reply: (answer: WireCatchUpReply) => void) => void;
  presence: (message: unknown) => void;
  access: (message: unknown, reply: (answer: AccessReply) => void) => void;
}
