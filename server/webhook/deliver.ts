import { request as httpRequest } from "node:http";
import { request as httpsRequest } from "node:https";
import { isIP } from "node:net";
import { addressProblem, guardedLookup } from "./address.js";

/** How long one POST may take, connecting included. */
export const POST_TIMEOUT_MS = 5_000;

/** What a POST came to: delivered, or why not in a few words ("HTTP 404", "timeout"). */
export type Delivery = { ok: true } | { ok: false; reason: string };

/** An error as a few words that name no address and no part of the webhook's URL. */
function reasonOf(error: unknown): string {
  const code = typeof error === "object" && error !== null && "code" in error ? String(error.code) : "";
  if (code === "EADDRNOTPUBLIC") return "address not allowed";
  if (code === "ENOTFOUND" || code === "EAI_AGAIN") return "host not found";
  if (code === "ECONNREFUSED") return "connection refused";
  if (code === "ECONNRESET") return "connection reset";
  if (code === "ETIMEDOUT" || code === "ETIMEOUT") return "timeout";
  if (code.startsWith("ERR_TLS") || code.includes("CERT")) return "TLS error";
  return code === "" ? "network error" : `network error (${code})`;
}

/**
 * POSTs `body` as JSON to `url` once: delivered on a 2xx answer; a redirect
 * is not followed (it counts as a failure); the answer's body is read away
 * and never kept or logged; after `timeoutMs` the attempt is abandoned.
 * Addresses that are not public are refused at connect time (see `guardedLookup`).
 */
export function postJson(
  url: string,
  body: unknown,
  allowLoopback: boolean,
  timeoutMs = POST_TIMEOUT_MS,
): Promise<Delivery> {
  const target = new URL(url);
  const host = target.hostname.replace(/^\[|\]$/g, "");
  // A literal address is never looked up: it is checked here instead.
  if (isIP(host) !== 0 && addressProblem(host, allowLoopback) !== null) {
    return Promise.resolve({ ok: false, reason: "address not allowed" });
  }
  const payload = Buffer.from(JSON.stringify(body));
  const request = target.protocol === "https:" ? httpsRequest : httpRequest;
  return new Promise((resolve) => {
    let settled = false;
    const done = (delivery: Delivery): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(delivery);
    };
    const req = request(
      target,
      {
        method: "POST",
        headers: {
          "content-type": "application/json; charset=utf-8",
          "content-length": payload.length,
          "user-agent": "Einklang-Webhook",
        },
        lookup: guardedLookup(allowLoopback),
        agent: false,
      },
      (res) => {
        const status = res.statusCode ?? 0;
        res.resume();
        res.on("error", () => undefined);
        done(status >= 200 && status < 300 ? { ok: true } : { ok: false, reason: `HTTP ${status}` });
      },
    );
    const timer = setTimeout(() => {
      done({ ok: false, reason: "timeout" });
      req.destroy();
    }, timeoutMs);
    req.on("error", (error) => done({ ok: false, reason: reasonOf(error) }));
    req.end(payload);
  });
}
