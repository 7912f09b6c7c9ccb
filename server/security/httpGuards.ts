import type { RequestHandler } from "express";
import helmet from "helmet";
import { ErrorCode, reject } from "@common/errors.js";
import type { SecurityConfig } from "../config.js";
import type { AddressLimit } from "./addressLimit.js";
import type { ClientAddressOf } from "./clientAddress.js";
import { originAllowed, socketOrigins, type unconfiguredAddressNotice } from "./origins.js";

/**
 * Strict headers: a Content-Security-Policy that allows only the app's own
 * scripts, styles and socket (no inline scripts, no eval, no framing), and
 * no referrer, so a link in the board never leaks the page address.
 */
export function securityHeaders(security: SecurityConfig): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", "data:", "blob:"],
        fontSrc: ["'self'"],
        connectSrc: ["'self'", (req) => socketOrigins(req.headers, security).join(" ")],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    referrerPolicy: { policy: "no-referrer" },
    // The board links to nothing cross-origin that would need embedding; keep the default isolation.
    crossOriginEmbedderPolicy: false,
  });
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * A browser page of another origin may not make changes: a request that
 * changes something and carries an Origin must carry an allowed one.
 * Scripts (no Origin header) authenticate with their token instead.
 */
export function sameOriginChanges(
  security: SecurityConfig,
  addressNotice: ReturnType<typeof unconfiguredAddressNotice> = () => undefined,
): RequestHandler {
  return (req, res, next) => {
    if (SAFE_METHODS.has(req.method) || req.headers.origin === undefined) return next();
    if (originAllowed(req.headers, security)) return next();
    addressNotice(req.headers);
    res.status(403).json({ error: reject(ErrorCode.forbidden, "requests from this origin are not allowed") });
  };
}

/**
 * At most the budget's requests per minute per client address to the routes it guards (token
 * checks, making series). An answer `401` (a token that opens nothing) also counts as a failed
 * token check, the budget failed socket handshakes draw on.
 */
export function perAddressLimit(limit: AddressLimit, addressOf: ClientAddressOf): RequestHandler {
  return (req, res, next) => {
    const address = addressOf(req);
    res.once("finish", () => {
      if (res.statusCode === 401) void limit.fail(address);
    });
    // An address that spent its failures (guessing over the socket too) is refused as well.
    Promise.all([limit.take(address), limit.spent(address)]).then(([taken, failedOut]) => {
      const waitMs = failedOut ? (taken ?? 60_000) : taken;
      if (waitMs === null) return next();
      res.setHeader("Retry-After", String(Math.max(1, Math.ceil(waitMs / 1000))));
      res.status(429).json({ error: reject(ErrorCode.rateLimited, "too many requests; try again shortly") });
    }, next);
  };
}
