import { afterEach, describe, expect, it } from "vitest";
import type { SeriesState } from "@common/domain/types.js";
import type { SecurityConfig } from "../../server/config.js";
import { ADMIN_TOKEN_HEADER } from "../../server/security/seriesGate.js";
import type { Admission } from "../support/protocolClient.js";
import { seriesCount } from "../support/seriesRows.js";
import { startTestServer } from "../support/server.js";
import { storageTargets, type StorageTarget } from "../support/storages.js";

interface Backup {
  format: string;
  version: number;
  exportedAt: string;
  series: SeriesState;
}

interface ErrorAnswer {
  error: { code: string; message: string };
}

const ADMIN_TOKEN = "operator-token-0123456789abcdef";

describe.each(storageTargets())("making series: quota, closed signup and the cache bound (%s)", (_kind, makeTarget) => {
  let target: StorageTarget | undefined;
  let server: Awaited<ReturnType<typeof startTestServer>> | undefined;

  async function start(
    security: Partial<SecurityConfig>,
    stateCacheBytes?: number,
  ): Promise<{ url: string; target: StorageTarget }> {
    target = await makeTarget();
    server = await startTestServer(
      target,
      undefined,
      { httpRequestsPerMinute: 10_000, trustProxy: "loopback", ...security },
      { stateCacheBytes },
    );
    return { url: server.url, target };
  }

  afterEach(async () => {
    await server?.close();
    await target?.cleanup();
    server = undefined;
    target = undefined;
  });

  /** A request that makes a series, from `address` (forwarded by the trusted loopback proxy). */
  function post(url: string, path: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
    return fetch(`${url}${path}`, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: typeof body === "string" ? body : JSON.stringify(body),
    });
  }
  const from = (address: string): Record<string, string> => ({ "x-forwarded-for": address });
  const newSeries = { name: "S&OP Nord", creatorName: "Anna" };

  async function backupOf(url: string, admission: Admission): Promise<Backup> {
    const response = await fetch(`${url}/api/series/${admission.seriesId}/export`, {
      headers: { authorization: `Bearer ${admission.token}` },
    });
    expect(response.status).toBe(200);
    return (await response.json()) as Backup;
  }

  it("refuses a series past the quota of an address with 429 and a clear message, and makes nothing", async () => {
    const { url, target } = await start({ seriesPerDay: 3 });
    const made: Admission[] = [];
    for (let i = 0; i < 3; i += 1) {
      const response = await post(url, "/api/series", newSeries, from("203.0.113.7"));
      expect(response.status).toBe(201);
      made.push((await response.json()) as Admission);
    }
    const [first] = made;
    if (!first) throw new Error("a series was made");
    const backup = JSON.stringify(await backupOf(url, first));
    const before = await seriesCount(target);
    const refusals = [
      await post(url, "/api/series", newSeries, from("203.0.113.7")),
      await post(url, "/api/demo", {}, from("203.0.113.7")),
      await post(url, "/api/series/import", backup, { ...from("203.0.113.7"), authorization: `Bearer ${first.token}` }),
    ];
    for (const refused of refusals) {
      expect(refused.status).toBe(429);
      expect(((await refused.json()) as ErrorAnswer).error).toEqual({
        code: "rate_limited",
        message:
          "3 series were made from this address in the last 24 hours, the most this server allows; try again tomorrow",
      });
    }
    expect(await seriesCount(target)).toBe(before);
    // Another address is not held back; the addresses of one IPv6 /64 network count as one.
    expect((await post(url, "/api/series", newSeries, from("198.51.100.1"))).status).toBe(201);
    for (const host of ["2001:db8:1:2::1", "2001:db8:1:2::2", "2001:db8:1:2:ffff::3"]) {
      expect((await post(url, "/api/series", newSeries, from(host))).status).toBe(201);
    }
    expect((await post(url, "/api/series", newSeries, from("2001:db8:1:2::4"))).status).toBe(429);
    expect((await post(url, "/api/series", newSeries, from("2001:db8:1:3::1"))).status).toBe(201);
  });

  it("counts imports per importing person across addresses, and imported bytes per address", async () => {
    const { url, target } = await start({ seriesPerDay: 3 });
    const made = await post(url, "/api/series", newSeries, from("203.0.113.1"));
    const anna = (await made.json()) as Admission;
    const backup = JSON.stringify(await backupOf(url, anna));
    const importFrom = (address: string, token: string): Promise<Response> =>
      post(url, "/api/series/import", backup, { ...from(address), authorization: `Bearer ${token}` });
    // Anna made a series and imports her own backup from two more addresses: three series are her quota.
    expect((await importFrom("203.0.113.2", anna.token)).status).toBe(201);
    const second = await importFrom("203.0.113.3", anna.token);
    expect(second.status).toBe(201);
    const before = await seriesCount(target);
    const third = await importFrom("203.0.113.4", anna.token);
    expect(third.status).toBe(429);
    expect(((await third.json()) as ErrorAnswer).error.message).toMatch(/made by this person in the last 24 hours/);
    expect(await seriesCount(target)).toBe(before);

    await server?.close();
    await target.cleanup();
    const bytes = Buffer.byteLength(backup);
    const small = await start({ seriesPerDay: 100, importBytesPerDay: 2 * bytes + 10 });
    const bea = (await (await post(small.url, "/api/series", newSeries, from("203.0.113.9"))).json()) as Admission;
    const beaImport = (): Promise<Response> =>
      post(small.url, "/api/series/import", backup, {
        ...from("203.0.113.9"),
        authorization: `Bearer ${bea.token}`,
      });
    expect((await beaImport()).status).toBe(201);
    expect((await beaImport()).status).toBe(201);
    const over = await beaImport();
    expect(over.status).toBe(429);
    expect(((await over.json()) as ErrorAnswer).error.message).toMatch(
      /would bring the backups imported from this address in 24 hours over \d+ KB/,
    );
  });

  it("with signup closed, makes series only with the admin token: 403 without, 201 with", async () => {
    const { url, target } = await start({ openSignup: false, adminToken: ADMIN_TOKEN, seriesPerDay: 1 });
    expect(await (await fetch(`${url}/api/signup`)).json()).toEqual({ open: false });
    const before = await seriesCount(target);
    const attempts: Record<string, string>[] = [
      {},
      { [ADMIN_TOKEN_HEADER]: "operator-token-0123456789abcdeX" },
      { [ADMIN_TOKEN_HEADER]: "" },
    ];
    for (const headers of attempts) {
      for (const path of ["/api/series", "/api/demo"]) {
        const refused = await post(url, path, path === "/api/demo" ? {} : newSeries, headers);
        expect([path, refused.status]).toEqual([path, 403]);
        const message = ((await refused.json()) as ErrorAnswer).error.message;
        expect(message).toMatch(ADMIN_TOKEN_HEADER in headers ? /admin token is not valid/ : /operator of this server/);
      }
    }
    expect(await seriesCount(target)).toBe(before);
    const admin = { [ADMIN_TOKEN_HEADER]: ADMIN_TOKEN };
    const created = await post(url, "/api/series", newSeries, admin);
    expect(created.status).toBe(201);
    const anna = (await created.json()) as Admission;
    // Not held to the quota of one series a day.
    expect((await post(url, "/api/demo", {}, admin)).status).toBe(201);
    const backup = JSON.stringify(await backupOf(url, anna));
    const bearer = { authorization: `Bearer ${anna.token}` };
    const refusedImport = await post(url, "/api/series/import", backup, bearer);
    expect(refusedImport.status).toBe(403);
    expect(await seriesCount(target)).toBe(before + 2);
    expect((await post(url, "/api/series/import", backup, { ...bearer, ...admin })).status).toBe(201);
    expect(await seriesCount(target)).toBe(before + 3);
  });

  it("says signup is open by default", async () => {
    const { url } = await start({});
    expect(await (await fetch(`${url}/api/signup`)).json()).toEqual({ open: true });
  });

  it("holds series states up to its byte bound, dropping the series used longest ago", async () => {
    const bound = 400 * 1024;
    const { url } = await start({ seriesPerDay: 100 }, bound);
    const demo = (await (await post(url, "/api/demo", {})).json()) as Admission;
    const backup = await backupOf(url, demo);
    const size = Buffer.byteLength(JSON.stringify(backup.series));
    // Enough imports that all of them together are well beyond the bound.
    const imports = Math.ceil((3 * bound) / size);
    const copies: Admission[] = [];
    for (let i = 0; i < imports; i += 1) {
      const response = await post(url, "/api/series/import", JSON.stringify(backup), {
        authorization: `Bearer ${demo.token}`,
      });
      expect(response.status).toBe(201);
      copies.push((await response.json()) as Admission);
    }
    const cache = server?.cache;
    if (!cache) throw new Error("the server has a cache");
    expect(cache.heldBytes()).toBeLessThanOrEqual(bound);
    const held = cache.heldSeries();
    expect(held.length).toBeLessThan(imports);
    expect(held.at(-1)).toBe(copies.at(-1)?.seriesId);
    // Counted independently: the JSON of the states it holds (each a single state here) is within the bound.
    const states = await Promise.all(held.map((id) => cache.current(server?.storage ?? never(), id)));
    const json = states.reduce((sum, state) => sum + Buffer.byteLength(JSON.stringify(state)), 0);
    expect(json).toBeLessThanOrEqual(bound);
    expect(json).toBeGreaterThan(bound / 2);
    // A series dropped from the cache is read back from the database whole.
    const dropped = copies[0];
    if (!dropped || held.includes(dropped.seriesId)) throw new Error("the first copy was dropped");
    const again = await backupOf(url, dropped);
    expect(Object.keys(again.series.agreements)).toEqual(Object.keys(backup.series.agreements));
  });
});

function never(): never {
  throw new Error("the server has storage");
}
