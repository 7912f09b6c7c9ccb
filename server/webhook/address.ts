import { BlockList, isIP } from "node:net";
import { lookup } from "node:dns/promises";
import type { LookupFunction } from "node:net";
import { webhookUrlProblem } from "@common/webhook/target.js";

/** Addresses a webhook never posts to: this machine, private networks, link-local, and the like. */
const notPublic = new BlockList();
for (const [net, prefix] of [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.0.2.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["198.51.100.0", 24],
  ["203.0.113.0", 24],
  ["224.0.0.0", 4],
  ["240.0.0.0", 4],
] as const) {
  notPublic.addSubnet(net, prefix, "ipv4");
}
for (const [net, prefix] of [
  ["::", 128],
  ["::1", 128],
  ["64:ff9b::", 96],
  ["100::", 64],
  ["2001:db8::", 32],
  ["fc00::", 7],
  ["fe80::", 10],
  ["ff00::", 8],
] as const) {
  notPublic.addSubnet(net, prefix, "ipv6");
}

const loopback = new BlockList();
loopback.addSubnet("127.0.0.0", 8, "ipv4");
loopback.addAddress("::1", "ipv6");

/** An IPv4 address written as IPv6 (::ffff:10.0.0.1) is checked as the IPv4 address it is. */
function unmapped(address: string): { address: string; family: "ipv4" | "ipv6" } {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped?.[1]) return { address: mapped[1], family: "ipv4" };
  return { address, family: isIP(address) === 6 ? "ipv6" : "ipv4" };
}

/** Why a resolved address may not be posted to, or null when it may (loopback only with `allowLoopback`). */
export function addressProblem(address: string, allowLoopback: boolean): string | null {
  const ip = unmapped(address);
  if (allowLoopback && loopback.check(ip.address, ip.family)) return null;
  if (notPublic.check(ip.address, ip.family)) {
    return "a webhook address must lead to a public host, not to a private, loopback or link-local address";
  }
  return null;
}

/**
 * Why a webhook address is refused, or null: its form (https, length, no
 * credentials), then every address its host resolves to must be public.
 */
export async function webhookTargetProblem(raw: string, allowLoopback: boolean): Promise<string | null> {
  const problem = webhookUrlProblem(raw, allowLoopback);
  if (problem !== null) return problem;
  const host = new URL(raw).hostname.replace(/^\[|\]$/g, "");
  let addresses: { address: string }[];
  try {
    addresses = isIP(host) !== 0 ? [{ address: host }] : await lookup(host, { all: true, verbatim: true });
  } catch {
    return `the host ${host} of the webhook address was not found`;
  }
  if (addresses.length === 0) return `the host ${host} of the webhook address was not found`;
  for (const { address } of addresses) {
    const refused = addressProblem(address, allowLoopback);
    if (refused !== null) return refused;
  }
  return null;
}

/**
 * A DNS lookup for the POST itself that refuses non-public addresses: the
 * address checked is the one connected to, so a name that resolves to a
 * public address when set and to a private one later (DNS rebinding) is
 * still refused.
 */
export function guardedLookup(allowLoopback: boolean): LookupFunction {
  return (hostname, options, callback) => {
    lookup(hostname, { all: true, verbatim: true, family: options.family })
      .then((addresses) => {
        const first = addresses[0];
        if (!first) throw Object.assign(new Error("host not found"), { code: "ENOTFOUND" });
        for (const { address } of addresses) {
          if (addressProblem(address, allowLoopback) !== null) {
            throw Object.assign(new Error("address not allowed"), { code: "EADDRNOTPUBLIC" });
          }
        }
        if (options.all) callback(null, addresses);
        else callback(null, first.address, first.family);
      })
      .catch((error: unknown) => callback(error as NodeJS.ErrnoException, "", 0));
  };
}
