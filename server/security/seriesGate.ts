import { createHash, timingSafeEqual } from "node:crypto";
import type { IncomingMessage } from "node:http";
import { ErrorCode, reject } from "@common/errors.js";
import type { SecurityConfig } from "../config.js";
import type { Outcome } from "../exports/bearer.js";
import type { SeriesOrigin } from "../storage/originTypes.js";
import type { Storage } from "../storage/types.js";
import type { ClientAddressOf } from "./clientAddress.js";

/** The header that carries the operator's admin token. */
export const ADMIN_TOKEN_HEADER = "x-einklang-admin-token";

const DAY_MS = 24 * 60 * 60 * 1000;

/** Who makes a series, once the gate let them in; recorded with it (`originRecord`). */
export interface OriginOf {
  address: string;
  /** The importing person; null: the series' new creator. */
  creator: string | null;
  bytes: number;
}

/** A series made by the operator on the server's machine (a script), not over HTTP. */
export const OPERATOR_ORIGIN: OriginOf = { address: "operator", creator: null, bytes: 0 };

/** The row that records who made a series: its creator is the importer, or else the person it was made with. */
export function originRecord(origin: OriginOf, seriesId: string, personId: string, createdAt: string): SeriesOrigin {
  return {
    seriesId,
    address: origin.address,
    creator: origin.creator ?? creatorKey(personId),
    bytes: origin.bytes,
    createdAt,
  };
}

/** How a person is named as a creator in the quota. */
export function creatorKey(personId: string): string {
  return `person:${personId}`;
}

/** What making one series asks for: who makes it (null: a new person) and how many bytes it imports. */
export interface SeriesAsk {
  creator: string | null;
  bytes: number;
}

/** Decides whether a request may make a series: open signup or the admin token, then the quota. */
export interface SeriesGate {
  readonly open: boolean;
  admit(req: IncomingMessage, ask: SeriesAsk): Promise<Outcome<OriginOf>>;
}

function digest(text: string): Buffer {
  return createHash("sha256").update(text, "utf8").digest();
}

/** Compares in constant time: both sides are hashed to the same length first. */
function sameToken(given: string, expected: string): boolean {
  return timingSafeEqual(digest(given), digest(expected));
}

/**
 * The address a quota counts: an IPv4 address as it is (also when mapped into
 * IPv6), an IPv6 address as its /64 network, which one subscriber usually
 * holds whole and could otherwise walk through address by address.
 */
export function quotaAddress(address: string): string {
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address);
  if (mapped?.[1]) return mapped[1];
  if (!address.includes(":")) return address;
  const bare = address.split("%")[0] ?? address;
  const [head = "", tail] = bare.split("::");
  const front = head === "" ? [] : head.split(":");
  const back = tail === undefined || tail === "" ? [] : tail.split(":");
  const zeros =
    tail === undefined ? [] : Array.from({ length: Math.max(0, 8 - front.length - back.length) }, () => "0");
  const groups = [...front, ...zeros, ...back].slice(0, 4).map((g) => Number.parseInt(g, 16).toString(16));
  return `${groups.join(":")}::/64`;
}

function refused(status: number, code: ErrorCode, message: string): Outcome<never> {
  return { ok: false, status, error: reject(code, message) };
}

/**
 * The gate in front of `POST /api/series`, `POST /api/demo` and the import.
 * The admin token (header `X-Einklang-Admin-Token`) always lets in and is
 * not counted against a quota; a wrong one is refused. Without it, signup
 * must be open, and the address (and the importing person, for an import)
 * must be within the quota of series and imported bytes per 24 hours.
 */
export function seriesGate(
  security: SecurityConfig,
  storage: Storage,
  addressOf: ClientAddressOf,
  now: () => Date,
): SeriesGate {
  return {
    open: security.openSignup,
    async admit(req, ask) {
      const address = quotaAddress(addressOf(req));
      const given = req.headers[ADMIN_TOKEN_HEADER];
      if (given !== undefined) {
        const valid =
          typeof given === "string" && security.adminToken !== null && sameToken(given, security.adminToken);
        if (!valid) return refused(403, ErrorCode.forbidden, "the admin token is not valid");
        return { ok: true, value: { address, creator: ask.creator, bytes: ask.bytes } };
      }
      if (!security.openSignup) {
        return refused(
          403,
          ErrorCode.forbidden,
          "new series are made by the operator of this server only: ask them for a link",
        );
      }
      const since = new Date(now().getTime() - DAY_MS).toISOString();
      const byAddress = await storage.origins.madeSince({ address }, since);
      const over = overQuota(security, byAddress, ask.bytes, "from this address");
      if (over) return over;
      if (ask.creator !== null) {
        const byCreator = await storage.origins.madeSince({ creator: ask.creator }, since);
        const overCreator = overQuota(security, byCreator, ask.bytes, "by this person");
        if (overCreator) return overCreator;
      }
      return { ok: true, value: { address, creator: ask.creator, bytes: ask.bytes } };
    },
  };
}

function overQuota(
  security: SecurityConfig,
  made: { series: number; bytes: number },
  bytes: number,
  who: string,
): Outcome<never> | null {
  if (made.series >= security.seriesPerDay) {
    return refused(
      429,
      ErrorCode.rateLimited,
      `${security.seriesPerDay} series were made ${who} in the last 24 hours, the most this server allows; try again tomorrow`,
    );
  }
  if (made.bytes + bytes > security.importBytesPerDay) {
    return refused(
      429,
      ErrorCode.rateLimited,
      `this import would bring the backups imported ${who} in 24 hours over ${sizeText(security.importBytesPerDay)}, the most this server allows; try again tomorrow`,
    );
  }
  return null;
}

function sizeText(bytes: number): string {
  const mb = 1024 * 1024;
  return bytes >= mb ? `${Math.floor(bytes / mb)} MB` : `${Math.floor(bytes / 1024)} KB`;
}
