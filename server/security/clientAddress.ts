import type { IncomingMessage } from "node:http";
import proxyAddr from "proxy-addr";

/** Finds the client address of a request: the peer, or what trusted proxies forwarded. */
export type ClientAddressOf = (request: IncomingMessage) => string;

/**
 * X-Forwarded-For is believed only from the proxies named in `trustProxy`
 * (proxy-addr syntax); without that, a client cannot pick its own address.
 */
export function clientAddressOf(trustProxy: string | null): ClientAddressOf {
  const trust = proxyAddr.compile(trustProxy ? trustProxy.split(",").map((entry) => entry.trim()) : []);
  return (request) => proxyAddr(request, trust);
}
