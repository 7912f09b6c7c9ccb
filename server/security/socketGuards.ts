import type { IncomingMessage } from "node:http";
import type { ExtendedError, Server, Socket } from "socket.io";
import { ConnectRefusal } from "@common/protocol.js";
import type { AddressLimit } from "./addressLimit.js";
import type { SecurityConfig } from "../config.js";
import type { ClientAddressOf } from "./clientAddress.js";
import { ConnectionCap } from "./connectionCap.js";
import { withoutTokens, type Logger } from "./logger.js";
import { MessageRate, RateVerdict, SnapshotRate } from "./messageRate.js";
import { originAllowed, type unconfiguredAddressNotice } from "./origins.js";

/** What guards the live protocol: who may connect, how many, how fast. */
export interface SocketGuards {
  /** socket.io's `allowRequest`: the page's origin must be allowed and its address below its cap. */
  allowRequest(request: IncomingMessage, answer: (error: string | null | undefined, allowed: boolean) => void): void;
  /** Counts connections per address and closes connections that do not say hello in time. */
  attach(io: Server): void;
  /** Counts one message of a connection; `pass` runs it, `refuse` answers "rate limited", `cut` ends the connection. */
  admit(socket: Socket): Promise<RateVerdict>;
  /**
   * Runs the handshake's token check unless the address has spent its budget
   * of failed token checks; a failed check draws on that budget (shared with
   * the HTTP routes' `401` answers). Successful requests never close it.
   */
  checkToken<T>(socket: Socket, check: () => Promise<TokenCheck<T>>): Promise<TokenCheck<T>>;
  /** Counts one full snapshot for the connection: whether it may be sent one now. */
  takeSnapshot(socket: Socket): Promise<boolean>;
}

/** What a handshake's token check comes to. */
export type TokenCheck<T> = { ok: true; credentials: T } | { ok: false; error: ExtendedError };

/**
 * The checks that run before the device token is looked at: the page's
 * origin (exactly), a cap on live connections per client address (checked
 * at the HTTP handshake, so a refused client holds no connection), a
 * deadline for `hello`, and each connection's message rate.
 */
export function socketGuards(
  security: SecurityConfig,
  addressOf: ClientAddressOf,
  logger: Logger,
  addressLimit: AddressLimit,
  addressNotice: ReturnType<typeof unconfiguredAddressNotice> = () => undefined,
): SocketGuards {
  const cap = new ConnectionCap(security.maxConnectionsPerIp);
  const rate = new MessageRate(security.messagesPerSecond);
  const snapshots = new SnapshotRate(security.snapshotsPerMinute);
  return {
    allowRequest(request, answer) {
      const address = addressOf(request);
      if (!originAllowed(request.headers, security)) {
        const origin = withoutTokens(String(request.headers.origin ?? "").slice(0, 200));
        logger.warn({ address, origin }, "socket refused: origin not allowed");
        addressNotice(request.headers);
        return answer("origin not allowed", false);
      }
      if (cap.full(address)) {
        logger.warn({ address }, "socket refused: too many connections from this address");
        return answer("too many connections", false);
      }
      answer(null, true);
    },
    attach(io) {
      io.engine.on(
        "connection",
        (raw: { request: IncomingMessage; close(): void; once(e: "close", f: () => void): void }) => {
          const address = addressOf(raw.request);
          // Two handshakes may pass allowRequest at once; the count here is the one that holds.
          if (!cap.take(address)) return raw.close();
          raw.once("close", () => cap.release(address));
        },
      );
      io.on("connection", (socket) => {
        const timer = setTimeout(() => {
          if (!(socket.data as { joined?: boolean }).joined) socket.disconnect(true);
        }, security.helloTimeoutMs);
        socket.once("disconnect", () => {
          clearTimeout(timer);
          void rate.forget(socket.id);
          void snapshots.forget(socket.id);
        });
      });
    },
    async admit(socket) {
      const verdict = await rate.admit(socket.id);
      if (verdict === RateVerdict.cut) {
        logger.warn({ address: addressOf(socket.request) }, "socket cut off: message rate far over the limit");
        socket.disconnect(true);
      }
      return verdict;
    },
    async takeSnapshot(socket) {
      const allowed = await snapshots.take(socket.id);
      if (!allowed)
        logger.warn({ address: addressOf(socket.request) }, "snapshot refused: too many for one connection");
      return allowed;
    },
    async checkToken(socket, check) {
      const address = addressOf(socket.request);
      if (await addressLimit.spent(address)) {
        logger.warn({ address }, "socket refused: too many failed token checks from this address");
        return { ok: false, error: new Error(ConnectRefusal.tooManyAttempts) };
      }
      const result = await check();
      if (!result.ok) await addressLimit.fail(address);
      return result;
    },
  };
}
