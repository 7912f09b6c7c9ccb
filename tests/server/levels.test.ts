import { nanoid } from "nanoid";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ClientCommand } from "@common/domain/commands.js";
import { childrenOf } from "@common/domain/rules/breakdown.js";
import { openSeries, type ProtocolClient } from "../support/protocolClient.js";
import { startTestServer } from "../support/server.js";
import { storageTargets, type StorageTarget } from "../support/storages.js";

async function must(client: ProtocolClient, command: ClientCommand): Promise<number> {
  const reply = await client.send(command);
  if (!reply.ok) throw new Error(`${command.type}: ${reply.error.message}`);
  return reply.seq;
}

/** Waits until what a client holds says so (a resync arrives after the event that asked for it). */
async function until(holds: () => boolean, timeoutMs = 10_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!holds()) {
    if (Date.now() > end) throw new Error("timed out");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe.each(storageTargets())("two levels over real sockets (%s)", (_kind, makeTarget) => {
  let target: StorageTarget;
  let server: Awaited<ReturnType<typeof startTestServer>>;
  const clients: ProtocolClient[] = [];

  beforeAll(async () => {
    target = await makeTarget();
    server = await startTestServer(target);
  });

  afterAll(async () => {
    for (const c of clients) c.disconnect();
    await server.close();
    await target.cleanup();
  });

  it("breaks a strategic agreement down live, refuses what does not hold, hides another company's internal parent and never refuses over it", async () => {
    const series = await openSeries(server.url);
    const moderator = series.facilitator;
    clients.push(moderator);
    const paula = await series.join("participant", { name: "Paula", newOrgName: "Feinkost Hansen", function: "sales" });
    const bernd = await series.join("participant", {
      name: "Bernd",
      newOrgName: "Hofmolkerei Lindner",
      function: "operations",
    });
    clients.push(paula, bernd);
    const lindner = bernd.state.people[bernd.personId]?.orgId ?? "";

    // A strategic session: an agreement made in it is strategic without saying so.
    const sessionId = nanoid(12);
    const strategic = nanoid(12);
    const child = nanoid(12);
    await must(moderator, { type: "session.add", sessionId, values: { date: "2026-12-10", level: "strategic" } });
    await must(moderator, {
      type: "agreement.add",
      agreementId: strategic,
      values: { text: "Marge vor Umsatz", sessionId },
    });
    const added = await must(moderator, {
      type: "agreement.add",
      agreementId: child,
      values: { text: "Eilzuschlag ab 48 Stunden", sessionId, parentId: strategic },
    });
    await paula.waitForSeq(added);
    expect(paula.state.sessions[sessionId]?.level).toBe("strategic");
    expect(paula.state.agreements[strategic]?.level).toBe("strategic");
    expect(paula.state.agreements[child]).toMatchObject({ level: "operational", parentId: strategic });
    expect(childrenOf(paula.state, strategic).map((a) => a.id)).toEqual([child]);

    // Bad break-downs get a clear error and change nothing.
    const head = await server.storage.headSeq(moderator.seriesId);
    const refusals: [ClientCommand, string, RegExp][] = [
      [
        { type: "agreement.add", agreementId: nanoid(12), values: { text: "x", parentId: child } },
        "conflict",
        /only a strategic agreement can be broken down/,
      ],
      [
        { type: "agreement.add", agreementId: nanoid(12), values: { text: "x", parentId: nanoid(12) } },
        "not_found",
        /parent agreement not found/,
      ],
      [
        { type: "agreement.update", agreementId: child, changes: { level: "strategic", parentId: strategic } },
        "conflict",
        /only an executive agreement breaks a strategic one down/,
      ],
      [
        { type: "agreement.update", agreementId: child, changes: { parentId: child } },
        "conflict",
        /cannot break itself down/,
      ],
    ];
    for (const [command, code, message] of refusals) {
      const reply = await moderator.send(command);
      expect(reply).toMatchObject({ ok: false, error: { code } });
      expect(reply.ok ? "" : reply.error.message).toMatch(message);
    }
    expect(await server.storage.headSeq(moderator.seriesId)).toBe(head);

    // The parent in the trash: the child stays, without the link; the restore brings it back.
    const removed = await must(moderator, { type: "agreement.remove", agreementId: strategic });
    await paula.waitForSeq(removed);
    expect(paula.state.agreements[child]?.parentId).toBeNull();
    const restored = await must(moderator, { type: "item.restore", kind: "agreement", itemId: strategic });
    await paula.waitForSeq(restored);
    expect(paula.state.agreements[child]?.parentId).toBe(strategic);

    // Lindner breaks its internal strategy down into an agreement everyone sees: Hansen sees no link.
    const secret = nanoid(12);
    const shared = nanoid(12);
    await must(bernd, {
      type: "agreement.add",
      agreementId: secret,
      values: { text: "Lindner-interne Preisstrategie", level: "strategic", internalTo: lindner },
    });
    const broken = await must(bernd, {
      type: "agreement.add",
      agreementId: shared,
      values: { text: "Lieferfenster wöchentlich bestätigen", parentId: secret },
    });
    await Promise.all([paula.waitForSeq(broken), moderator.waitForSeq(broken), bernd.waitForSeq(broken)]);
    // The break-down names a parent the others may not see: they are told to fetch the board again.
    await Promise.all([paula, moderator].map((c) => until(() => Object.hasOwn(c.state.agreements, shared))));
    expect(bernd.state.agreements[shared]?.parentId).toBe(secret);
    for (const outsider of [paula, moderator]) {
      expect(outsider.state.agreements[shared]?.text).toBe("Lieferfenster wöchentlich bestätigen");
      expect(outsider.state.agreements[shared]?.parentId ?? null).toBeNull();
      expect(JSON.stringify(outsider.state)).not.toContain(secret);
    }
    const csv = await fetch(`${server.url}/api/series/${paula.seriesId}/agreements.csv?lang=de`, {
      headers: { authorization: `Bearer ${paula.token}` },
    });
    expect(csv.status).toBe(200);
    const text = await csv.text();
    expect(text).toContain("Bricht herunter");
    expect(text).toContain("Eilzuschlag ab 48 Stunden;Operativ;;Marge vor Umsatz;");
    expect(text).not.toContain("Lindner-interne Preisstrategie");

    // Hansen makes the shared agreement strategic: not refused over a parent Hansen may not see; it lets go.
    const unlinked = await must(paula, {
      type: "agreement.update",
      agreementId: shared,
      changes: { level: "strategic" },
    });
    await Promise.all([paula, moderator, bernd].map((c) => c.waitForSeq(unlinked)));
    for (const client of [paula, moderator, bernd]) {
      expect(client.state.agreements[shared]).toMatchObject({ level: "strategic", parentId: null });
    }

    // Lindner breaks Hansen's shared strategy down internally; Hansen makes it executive all the same.
    const hansenStrategy = nanoid(12);
    const lindnerChild = nanoid(12);
    await must(paula, {
      type: "agreement.add",
      agreementId: hansenStrategy,
      values: { text: "Frische vor Menge", level: "strategic" },
    });
    const internalChild = await must(bernd, {
      type: "agreement.add",
      agreementId: lindnerChild,
      values: { text: "Lindner-interne Tourenplanung", parentId: hansenStrategy, internalTo: lindner },
    });
    await paula.waitForSeq(internalChild);
    expect(bernd.state.agreements[lindnerChild]?.parentId).toBe(hansenStrategy);
    const demoted = await must(paula, {
      type: "agreement.update",
      agreementId: hansenStrategy,
      changes: { level: "operational" },
    });
    await Promise.all([paula, bernd].map((c) => c.waitForSeq(demoted)));
    expect(paula.state.agreements[hansenStrategy]?.level).toBe("operational");
    expect(bernd.state.agreements[lindnerChild]?.parentId).toBeNull();
    expect(Object.hasOwn(paula.state.agreements, lindnerChild)).toBe(false);
  });
});
