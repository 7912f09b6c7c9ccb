import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { pino, type Logger } from "pino";
import { pinoHttp, type HttpLogger } from "pino-http";

export type { Logger };

/**
 * Structured logs (JSON lines). Tokens and bodies are never logged: requests
 * are logged as method, path and status only, and any field named like a
 * credential is censored should one slip into a log call.
 */
export function createLogger(level: string = process.env.LOG_LEVEL || "info"): Logger {
  return pino({
    level,
    base: { service: "einklang" },
    redact: {
      paths: ["token", "*.token", "auth", "*.auth", "authorization", "*.authorization", "headers", "*.headers"],
      censor: "[redacted]",
    },
  });
}

/** A logger that writes nothing (tests that start many servers). */
export function silentLogger(): Logger {
  return pino({ enabled: false });
}

/**
 * Anything shaped like one of our tokens (`ekd_…`, `ekf_…`, any `ek?_` prefix, also
 * percent-encoded): no route takes a token in its path, but a mistyped or hostile
 * request may still put one there, and it must not reach the log.
 */
const TOKEN_LIKE = /(?<![A-Za-z0-9])ek[a-z](?:_|%5f)[A-Za-z0-9_%-]*/gi;

/** The text with every token-shaped part replaced by `[token]`. */
export function withoutTokens(text: string): string {
  return text.replace(TOKEN_LIKE, "[token]");
}

function pathOf(url: string | undefined): string {
  // The query string is dropped: nothing secret belongs there, and nothing there belongs in a log.
  return (url ?? "").split("?")[0] ?? "";
}

/** Logs each API request with a request id (also sent back as X-Request-Id). */
export function requestLog(logger: Logger): HttpLogger {
  return pinoHttp({
    logger,
    genReqId(req: IncomingMessage, res: ServerResponse) {
      const id = randomUUID();
      res.setHeader("X-Request-Id", id);
      return id;
    },
    autoLogging: { ignore: (req) => !pathOf(req.url).startsWith("/api/") },
    serializers: {
      req: (req: { id: unknown; method: unknown; url: unknown }) => ({
        id: req.id,
        method: req.method,
        path: withoutTokens(pathOf(typeof req.url === "string" ? req.url : undefined)),
      }),
      res: (res: { statusCode: unknown }) => ({ status: res.statusCode }),
    },
  });
}
