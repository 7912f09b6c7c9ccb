import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { nanoid } from "nanoid";
import { trashKey } from "@common/domain/trash/entries.js";
import { openSeries, type ProtocolClient } from "../support/protocolClient.js";
import { startTestServer } from "../support/server.js";
import { storageTargets, type StorageTarget } from "../support/storages.js";

async function ok(client: ProtocolClient, command: Parameters<ProtocolClient["send"]>[0]): Promise<number> {
  const reply = await client.send(command);
  if (!reply.ok) throw new Error(`${command.type} refused: ${reply.error.message}`);
  return reply.seq;
}

describe.each(storageTargets())("the trash over real sockets (%s)", (_kind, makeTarget) => {
  let target: StorageTarget;
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let moderator: ProtocolClient;
  let anna: ProtocolClient; // Feinkost Hansen
  let bernd: ProtocolClient; // Hofmolkerei Lindner
  let everyone: ProtocolClient[];
  let caseId: string;

  beforeEach(async () => {
    target = await makeTarget();
    server = await startTestServer(target);
    const series = await openSeries(server.url);
    moderator = series.facilitator;
    anna = await series.join("participant", { name: "Anna", newOrgName: "Feinkost Hansen", function: "sales" });
    bernd = await series.join("participant", {
      name: "Bernd",
      newOrgName: "Hofmolkerei Lindner",
      function: "operations",
    });
    everyone = [moderator, anna, bernd];
    caseId = nanoid();
    const hansen = anna.state.people[anna.personId]?.orgId ?? null;
    await ok(anna, { type: "case.add", caseId, values: { title: "Eilauftrag Nord", orgId: hansen } });
  });

  afterEach(async () => {
    for (const c of everyone) c.disconnect();
    await server.close();
    await target.cleanup();
  });

  const notesOf = (client: ProtocolClient): string[] =>
    client.state.cases[caseId]?.wentWell.map((n) => n.text) ?? ["(no case)"];

  it("brings a removed note back for everyone live; another company may not restore it", async () => {
    const noteId = nanoid();
    await ok(anna, { type: "case.note.add", caseId, list: "went_well", noteId, text: "Schnell umgeplant" });
    const removed = await ok(anna, { type: "case.note.remove", caseId, list: "went_well", noteId });
    await Promise.all(everyone.map((c) => c.waitForSeq(removed)));
    for (const c of everyone) expect(notesOf(c)).toEqual([]);
    expect(bernd.state.trash?.[trashKey("note", noteId)]?.removed.by).toBe(anna.personId);

    const head = await server.storage.headSeq(anna.seriesId);
    const refused = await bernd.send({ type: "item.restore", kind: "note", itemId: noteId });
    expect(refused).toMatchObject({ ok: false, error: { code: "forbidden" } });
    expect(await server.storage.headSeq(anna.seriesId)).toBe(head);

    const restored = await ok(anna, { type: "item.restore", kind: "note", itemId: noteId });
    await Promise.all(everyone.map((c) => c.waitForSeq(restored)));
    for (const c of everyone) expect(notesOf(c)).toEqual(["Schnell umgeplant"]);
    for (const c of everyone) expect(c.state.trash).toBeUndefined();
  });

  it("keeps a removed internal case out of another company's reach; the facilitator restores a shared one", async () => {
    const internalId = nanoid();
    const hansen = anna.state.people[anna.personId]?.orgId ?? null;
    await ok(anna, {
      type: "case.add",
      caseId: internalId,
      values: { title: "Interne Marge Hansen", orgId: hansen, internalTo: hansen },
    });
    await ok(anna, { type: "case.remove", caseId: internalId });
    const refused = await bernd.send({ type: "item.restore", kind: "case", itemId: internalId });
    expect(refused).toMatchObject({ ok: false, error: { code: "not_found" } });
    expect(JSON.stringify(bernd.frames)).not.toContain("Interne Marge Hansen");

    await ok(anna, { type: "case.remove", caseId });
    const restored = await ok(moderator, { type: "item.restore", kind: "case", itemId: caseId });
    await Promise.all(everyone.map((c) => c.waitForSeq(restored)));
    for (const c of everyone) expect(c.state.cases[caseId]?.title).toBe("Eilauftrag Nord");
    // A reconnecting client's snapshot agrees with what the live events built.
    const live = bernd.state;
    await bernd.sync(true);
    expect(bernd.state).toEqual(live);
  });
});
