import type { IncomingHttpHeaders } from "node:http";

/**
 * Whether a page of `origin` may talk to this server. The Origin must match
 * exactly: one of the configured origins or, when none are configured, the
 * origin of the address the browser itself used (its Host header). A
 * missing, `null` or look-alike origin is refused.
 */
export function originAllowed(headers: IncomingHttpHeaders, allowedOrigins: readonly string[] | null): boolean {
  const origin = headers.origin;
  if (typeof origin !== "string" || origin === "" || origin === "null") return false;
  if (!URL.canParse(origin)) return false;
  const parsed = new URL(origin);
  if (parsed.origin !== origin) return false;
  if (allowedOrigins) return allowedOrigins.includes(origin);
  const host = headers.host;
  if (typeof host !== "string" || host === "") return false;
  return origin === `http://${host}` || origin === `https://${host}`;
}

/** The WebSocket origins the page may open a socket to (for the Content-Security-Policy's connect-src). */
export function socketOrigins(headers: IncomingHttpHeaders, allowedOrigins: readonly string[] | null): string[] {
  const pageOrigins = allowedOrigins ?? (typeof headers.host === "string" ? [`http://${headers.host}`] : []);
  return pageOrigins.flatMap((origin) => {
    if (!URL.canParse(origin)) return [];
    const { host, protocol } = new URL(origin);
    return protocol === "https:" ? [`wss://${host}`] : [`ws://${host}`, `wss://${host}`];
  });
}
