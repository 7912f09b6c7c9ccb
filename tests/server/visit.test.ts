import { nanoid } from "nanoid";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ClientCommand } from "@common/domain/commands.js";
import { visitOf } from "@common/domain/stations/visit.js";
import { LIMITS } from "@common/limits.js";
import { openSeries, type ProtocolClient } from "../support/protocolClient.js";
import { startTestServer } from "../support/server.js";
import { storageTargets, type StorageTarget } from "../support/storages.js";

async function must(client: ProtocolClient, command: ClientCommand): Promise<number> {
  const reply = await client.send(command);
  if (!reply.ok) throw new Error(`${command.type}: ${reply.error.message}`);
  return reply.seq;
}

describe.each(storageTargets())("a peer visit over real sockets (%s)", (_kind, makeTarget) => {
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

  it("a guest writes an observation at the current station, the host sees it live; nothing else a guest sends changes anything", async () => {
    const series = await openSeries(server.url);
    const moderator = series.facilitator;
    // Hilde's Molkerei Berg hosts; Paula's Feinkost Hansen visits, with Gustav as a guest.
    const hilde = await series.join("participant", {
      name: "Hilde",
      newOrgName: "Molkerei Berg",
      function: "operations",
    });
    const paula = await series.join("participant", { name: "Paula", newOrgName: "Feinkost Hansen", function: "sales" });
    const host = hilde.state.people[hilde.personId]?.orgId ?? "";
    const visitor = paula.state.people[paula.personId]?.orgId ?? "";
    const gustav = await series.join("observer", { name: "Gustav", orgId: visitor });
    clients.push(moderator, hilde, paula, gustav);
    const sessionId = nanoid(12);
    const [lager, intern, memo] = [nanoid(12), nanoid(12), nanoid(12)];
    await must(moderator, {
      type: "session.add",
      sessionId,
      values: { date: "2026-12-10", kind: "peer_visit", hostOrgId: host },
    });
    await must(hilde, {
      type: "station.add",
      sessionId,
      stationId: lager,
      values: {
        name: "Wareneingang",
        place: "Halle 1",
        hostPersonId: hilde.personId,
        lookAt: "Kanban-Tafel",
        timeBoxMin: 20,
      },
    });
    await must(hilde, {
      type: "station.add",
      sessionId,
      stationId: intern,
      values: { name: "Schichtübergabe vorbereiten", timeBoxMin: 10, internalTo: host },
    });
    const stepped = await must(moderator, { type: "station.step", sessionId, stationId: lager });
    await gustav.waitForSeq(stepped);
    expect(visitOf(gustav.state, sessionId)).toMatchObject({ currentStationId: lager, stations: [{ id: lager }] });

    const written = await must(gustav, {
      type: "observation.add",
      sessionId,
      stationId: lager,
      observationId: memo,
      kind: "differently",
      text: "Die Kanban-Tafel hängt direkt am Tor",
    });
    await hilde.waitForSeq(written);
    expect(visitOf(hilde.state, sessionId).observations).toMatchObject([
      {
        id: memo,
        stationId: lager,
        by: gustav.personId,
        kind: "differently",
        text: "Die Kanban-Tafel hängt direkt am Tor",
      },
    ]);

    // Everything else a guest sends is refused, bad input too, and nothing is stored.
    const head = await server.storage.headSeq(moderator.seriesId);
    const refused: [ClientCommand, string][] = [
      [
        { type: "station.add", sessionId, stationId: nanoid(12), values: { name: "Mein Weg", timeBoxMin: 5 } },
        "forbidden",
      ],
      [{ type: "case.add", caseId: nanoid(12), values: { title: "Fall" } }, "forbidden"],
      [
        { type: "takehome.add", sessionId, itemId: nanoid(12), orgId: visitor, text: "x", internalTo: null },
        "forbidden",
      ],
      [
        {
          type: "observation.case",
          sessionId,
          observationId: memo,
          caseId: nanoid(12),
          title: "T",
          description: "",
          internalTo: null,
        },
        "forbidden",
      ],
      [
        { type: "observation.add", sessionId, stationId: intern, observationId: nanoid(12), kind: "notice", text: "x" },
        "not_found",
      ],
      [
        {
          type: "observation.add",
          sessionId,
          stationId: lager,
          observationId: nanoid(12),
          kind: "notice",
          text: "x".repeat(LIMITS.observation + 1),
        },
        "invalid_message",
      ],
    ];
    for (const [command, code] of refused) {
      expect({ type: command.type, reply: await gustav.send(command) }).toMatchObject({
        type: command.type,
        reply: { ok: false, error: { code } },
      });
    }
    const nameless = await moderator.send({
      type: "station.add",
      sessionId,
      stationId: nanoid(12),
      values: { name: "", timeBoxMin: 5 },
    });
    expect(nameless).toMatchObject({ ok: false, error: { code: "invalid_message" } });
    expect(await server.storage.headSeq(moderator.seriesId)).toBe(head);

    // Paula keeps one take-home item to her company; the host never receives it, nor the guests the host's station.
    const ours = await must(paula, {
      type: "takehome.add",
      sessionId,
      itemId: nanoid(12),
      orgId: visitor,
      text: "Schichtplan intern prüfen",
      internalTo: visitor,
    });
    const shared = await must(paula, {
      type: "takehome.add",
      sessionId,
      itemId: nanoid(12),
      orgId: visitor,
      text: "Kanban-Tafel am Tor",
      internalTo: null,
    });
    await hilde.waitForSeq(shared);
    await gustav.waitForSeq(shared);
    expect(visitOf(hilde.state, sessionId).takeHome.map((t) => t.text)).toEqual(["Kanban-Tafel am Tor"]);
    expect(visitOf(paula.state, sessionId).takeHome.map((t) => t.text)).toEqual([
      "Schichtplan intern prüfen",
      "Kanban-Tafel am Tor",
    ]);
    expect(ours).toBeLessThan(shared);
    expect(JSON.stringify(hilde.state)).not.toContain("Schichtplan intern");
    expect(JSON.stringify(gustav.state)).not.toContain("Schichtübergabe");
    expect(JSON.stringify(paula.state)).not.toContain("Schichtübergabe");

    // The host turns the observation into a case of its own; the minutes list the tour.
    const caseId = nanoid(12);
    const turned = await must(hilde, {
      type: "observation.case",
      sessionId,
      observationId: memo,
      caseId,
      title: "Kanban-Tafel am Tor",
      description: "Aus Beobachtung bei Station Wareneingang: Die Kanban-Tafel hängt direkt am Tor",
      internalTo: null,
    });
    await gustav.waitForSeq(turned);
    expect(gustav.state.cases[caseId]).toMatchObject({ orgId: host, sessionId });
    expect(visitOf(gustav.state, sessionId).observations[0]?.caseId).toBe(caseId);
  });
});
