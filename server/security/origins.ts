import type { IncomingHttpHeaders } from "node:http";

/** Which pages may talk to this server: configured origins, the public address, or (neither) loopback only. */
export interface OriginPolicy {
  allowedOrigins: readonly string[] | null;
  publicOrigin: string | null;
}

/** Host names that only reach this machine: a page that uses one of them is a local one. */
const LOOPBACK_NAMES = new Set(["localhost", "127.0.0.1", "[::1]"]);

/** The origins configured for pages (allowed origins and the public address), or null when none are. */
function configuredOrigins(policy: OriginPolicy): string[] | null {
  const origins = [...(policy.allowedOrigins ?? []), ...(policy.publicOrigin ? [policy.publicOrigin] : [])];
  return origins.length > 0 ? origins : null;
}

/**
 * The Host header when it names this machine by a loopback name (with any port), else null. Without a
 * configured address the server trusts only those: a DNS-rebinding page reaches it under its own
 * name (`evil.example`), and its Origin would otherwise match that Host.
 */
function loopbackHost(headers: IncomingHttpHeaders): string | null {
  const host = headers.host;
  if (typeof host !== "string" || host === "" || !URL.canParse(`http://${host}`)) return null;
  return LOOPBACK_NAMES.has(new URL(`http://${host}`).hostname) ? host : null;
}

/**
 * Whether a page of `origin` may talk to this server. The Origin must match
 * exactly: one of the configured origins (EINKLANG_ALLOWED_ORIGINS and
 * EINKLANG_PUBLIC_URL) or, when none are configured, the origin of the
 * address the browser used, and then only a loopback one (localhost,
 * 127.0.0.1, [::1]). A missing, `null` or look-alike origin is refused.
 */
export function originAllowed(headers: IncomingHttpHeaders, policy: OriginPolicy): boolean {
  const origin = headers.origin;
  if (typeof origin !== "string" || origin === "" || origin === "null") return false;
  if (!URL.canParse(origin)) return false;
  const parsed = new URL(origin);
  if (parsed.origin !== origin) return false;
  const configured = configuredOrigins(policy);
  if (configured) return configured.includes(origin);
  const host = loopbackHost(headers);
  if (host === null) return false;
  return origin === `http://${host}` || origin === `https://${host}`;
}

/** The WebSocket origins the page may open a socket to (for the Content-Security-Policy's connect-src). */
export function socketOrigins(headers: IncomingHttpHeaders, policy: OriginPolicy): string[] {
  const host = loopbackHost(headers);
  const pageOrigins = configuredOrigins(policy) ?? (host === null ? [] : [`http://${host}`]);
  return pageOrigins.flatMap((origin) => {
    if (!URL.canParse(origin)) return [];
    const { host: originHost, protocol } = new URL(origin);
    return protocol === "https:" ? [`wss://${originHost}`] : [`ws://${originHost}`, `wss://${originHost}`];
  });
}

/** Whether `host` (HOST) listens on this machine only. */
export function isLoopbackHost(host: string | undefined): boolean {
  if (host === undefined) return false;
  return host === "localhost" || host === "::1" || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

/**
 * A watcher for the usual upgrade mistake: the server on 127.0.0.1 behind a
 * proxy, with no address configured, refuses every page that arrives under the
 * proxy's name. It says so once, naming the setting, the first time a page with
 * a non-loopback Host is refused for that reason.
 */
export function unconfiguredAddressNotice(
  policy: OriginPolicy,
  logError: (fields: Record<string, unknown>, message: string) => void,
): (headers: IncomingHttpHeaders) => void {
  let said = false;
  return (headers) => {
    if (said || configuredOrigins(policy) !== null) return;
    const host = headers.host;
    if (typeof host !== "string" || host === "" || loopbackHost(headers) !== null) return;
    if (typeof headers.origin !== "string") return;
    said = true;
    logError(
      { host: host.slice(0, 200) },
      "pages under this address are refused: set EINKLANG_PUBLIC_URL (or EINKLANG_ALLOWED_ORIGINS) to the address browsers use",
    );
  };
}
