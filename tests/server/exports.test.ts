import { parse } from "csv-parse/sync";
import { nanoid } from "nanoid";
import ical, { type VEvent } from "node-ical";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { ClientCommand } from "@common/domain/commands.js";
import type { SeriesState } from "@common/domain/types.js";
import { translate } from "@common/i18n/translate.js";
import { mdInline } from "@common/exports/markdownText.js";
import {
  connectAs,
  createSeries,
  joinByInvite,
  openSeries,
  type Admission,
  type ProtocolClient,
} from "../support/protocolClient.js";
import { startTestServer } from "../support/server.js";
import { storageTargets, type StorageTarget } from "../support/storages.js";

interface Backup {
  format: string;
  version: number;
  exportedAt: string;
  series: SeriesState;
}

/** The example's case that is internal to one organisation (its moderator belongs to none). */
const DEMO_INTERNAL_CASE = "Mischpaletten für Kleinkunden";

const SEQ_KEYS = new Set(["createdSeq", "joinedSeq", "closedSeq", "updatedSeq", "seq"]);

/**
 * A backup made comparable across an import: ids mapped by `renames` (the
 * new series' id to the old one, in values and in keys like `series:<id>:name`),
 * sequence numbers replaced by their rank, the export time and head dropped.
 */
function normalised(backup: Backup, renames: ReadonlyMap<string, string> = new Map()): unknown {
  const { seq: _head, ...content } = backup.series;
  const rename = (text: string): string =>
    text
      .split(":")
      .map((part) => renames.get(part) ?? part)
      .join(":");
  const seqs: number[] = [];
  const collect = (value: unknown, key?: string): void => {
    if (typeof value === "number" && key !== undefined && SEQ_KEYS.has(key)) seqs.push(value);
    else if (Array.isArray(value)) value.forEach((v) => collect(v));
    else if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) collect(v, k);
  };
  collect(content);
  const rank = new Map([...new Set(seqs)].sort((a, b) => a - b).map((seq, index) => [seq, index]));
  const walk = (value: unknown, key?: string): unknown => {
    if (typeof value === "number" && key !== undefined && SEQ_KEYS.has(key)) return rank.get(value);
    if (typeof value === "string") return rename(value);
    if (Array.isArray(value)) return value.map((v) => walk(v));
    if (value && typeof value === "object") {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [rename(k), walk(v, k)]));
    }
    return value;
  };
  return { format: backup.format, version: backup.version, series: walk(content) };
}

function bearer(token: string | undefined): Record<string, string> {
  return token === undefined ? {} : { authorization: `Bearer ${token}` };
}

describe.each(storageTargets())("the export API (%s)", (_kind, makeTarget) => {
  let target: StorageTarget;
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let url: string;
  let clients: ProtocolClient[];

  const get = (path: string, token?: string, headers: Record<string, string> = {}): Promise<Response> =>
    fetch(`${url}${path}`, { headers: { ...bearer(token), ...headers } });

  const postImport = (token: string | undefined, body: string, type = "application/json"): Promise<Response> =>
    fetch(`${url}/api/series/import`, {
      method: "POST",
      headers: { ...bearer(token), "content-type": type },
      body,
    });

  async function demo(): Promise<Admission> {
    const response = await fetch(`${url}/api/demo`, {
      method: "POST",
      headers: { "content-type": "application/json" },
    });
    expect(response.status).toBe(201);
    return (await response.json()) as Admission;
  }

  async function connect(admission: Admission): Promise<ProtocolClient> {
    const client = await connectAs(url, admission);
    clients.push(client);
    return client;
  }

  async function must(client: ProtocolClient, command: ClientCommand): Promise<number> {
    const reply = await client.send(command);
    if (!reply.ok) throw new Error(`${command.type} refused: ${reply.error.message}`);
    return reply.seq;
  }

  /** A new person of the series through an invite link (for one organisation when given). */
  async function invited(
    facilitator: ProtocolClient,
    role: "participant" | "observer",
    name: string,
    orgId: string | null = null,
  ): Promise<Admission> {
    const reply = await facilitator.access({ action: "createInvite", role, orgId });
    if (!reply.ok || !reply.created) throw new Error("invite refused");
    return joinByInvite(url, reply.created.token, { name });
  }

  async function backupOf(admission: Admission): Promise<Backup> {
    const response = await get(`/api/series/${admission.seriesId}/export`, admission.token);
    expect(response.status).toBe(200);
    return (await response.json()) as Backup;
  }

  async function imported(token: string, backup: Backup): Promise<Admission> {
    const response = await postImport(token, JSON.stringify(backup));
    expect(response.status).toBe(201);
    expect(response.headers.get("cache-control")).toBe("no-store");
    return (await response.json()) as Admission;
  }

  beforeEach(async () => {
    target = await makeTarget();
    server = await startTestServer(target, undefined, { httpRequestsPerMinute: 10_000 });
    url = server.url;
    clients = [];
  });

  afterEach(async () => {
    for (const client of clients) client.disconnect();
    await server.close();
    await target.cleanup();
  });

  it("answers a missing, malformed, revoked or foreign token with 401/403 and a JSON error, never data", async () => {
    const katrin = await demo();
    const facilitator = await connect(katrin);
    const other = await createSeries(url, "Andere Runde", "Ines");
    const leaving = await invited(facilitator, "participant", "Rolf");
    expect(await facilitator.access({ action: "revokePerson", personId: leaving.personId })).toMatchObject({
      ok: true,
    });
    const reader = await invited(facilitator, "participant", "Paula");
    const sessionId = Object.keys(facilitator.state.sessions)[0] ?? "";
    const paths = ["export", `minutes/${sessionId}.md`, "agreements.csv", "calendar.ics"].map(
      (p) => `/api/series/${katrin.seriesId}/${p}`,
    );
    const cases: [string, Record<string, string>, number][] = [
      ["no header", {}, 401],
      ["another scheme", { authorization: `Basic ${katrin.token}` }, 401],
      ["a bare token", { authorization: katrin.token }, 401],
      ["a malformed token", { authorization: "Bearer ekd_short" }, 401],
      ["an unknown token", { authorization: `Bearer ekd_${"A".repeat(22)}` }, 401],
      ["a revoked token", bearer(leaving.token), 401],
      ["another series' facilitator", bearer(other.token), 403],
    ];
    for (const path of paths) {
      for (const [label, headers, status] of cases) {
        const response = await get(path, undefined, headers);
        const body = await response.text();
        expect([label, path, response.status]).toEqual([label, path, status]);
        expect(response.headers.get("content-type")).toMatch(/^application\/json/);
        expect(response.headers.get("cache-control")).toBe("no-store");
        expect(Object.keys(JSON.parse(body) as object)).toEqual(["error"]);
        expect(body).not.toContain(facilitator.state.name);
        if (status === 401) expect(response.headers.get("www-authenticate")).toMatch(/^Bearer/);
      }
    }
    // A participant reads the minutes, CSV and calendar, but makes no backup.
    const asReader = await get(`/api/series/${katrin.seriesId}/export`, reader.token);
    expect(asReader.status).toBe(403);
    expect(await asReader.text()).not.toContain(facilitator.state.name);
    for (const path of paths.slice(1)) expect((await get(path, reader.token)).status).toBe(200);
    // Nor an import: random people cannot make series with it.
    const backup = JSON.stringify(await backupOf(katrin));
    for (const [token, status] of [
      [undefined, 401],
      [leaving.token, 401],
      [reader.token, 403],
    ] as const) {
      const response = await postImport(token, backup);
      expect(response.status).toBe(status);
      expect(Object.keys((await response.json()) as object)).toEqual(["error"]);
    }
  });

  it("backs the example up as one file, and an import of it backs up to the same content", async () => {
    const katrin = await demo();
    const response = await get(`/api/series/${katrin.seriesId}/export`, katrin.token);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/json; charset=utf-8/);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("content-disposition")).toMatch(
      /^attachment; filename="einklang-[a-z0-9-]+-\d{4}-\d{2}-\d{2}\.json"$/,
    );
    const first = (await response.json()) as Backup;
    expect(first).toMatchObject({ format: "einklang-series-backup", version: 1, series: { id: katrin.seriesId } });
    expect(Object.keys(first.series.cases).length).toBeGreaterThan(3);
    // The moderator belongs to no organisation: the internal case is not theirs to back up.
    expect(JSON.stringify(first)).not.toContain(DEMO_INTERNAL_CASE);

    const copy = await imported(katrin.token, first);
    expect(copy.seriesId).not.toBe(katrin.seriesId);
    // The importer is the same person in the copy of their own series.
    expect(copy.personId).toBe(katrin.personId);
    const second = await backupOf(copy);
    expect(second.series.id).toBe(copy.seriesId);
    expect(normalised(second, new Map([[copy.seriesId, katrin.seriesId]]))).toEqual(normalised(first));

    // And once more: a backup of the copy imports the same way.
    const third = await backupOf(await imported(copy.token, second));
    expect(normalised(third, new Map([[third.series.id, katrin.seriesId]]))).toEqual(normalised(first));
  });

  it("opens the imported series over the live protocol, with the importer facilitating and nobody else's devices", async () => {
    const katrin = await demo();
    const facilitator = await connect(katrin);
    const thomas = await invited(facilitator, "participant", "Thomas");
    const first = await backupOf(katrin);
    const copy = await imported(katrin.token, first);
    const second = await backupOf(copy);

    const client = await connect(copy);
    expect(client.state).toEqual(second.series);
    expect(client.state.people[copy.personId]).toMatchObject({ name: "Katrin Vogel", role: "facilitator" });
    expect(Object.values(client.state.people).map((p) => p.name)).toContain("Thomas");
    // People come along; their devices do not.
    expect((await get(`/api/series/${copy.seriesId}/agreements.csv`, thomas.token)).status).toBe(403);
    await expect(connectAs(url, { ...thomas, seriesId: copy.seriesId })).rejects.toThrow();

    // Work goes on where it stopped: a new case comes after every restored one.
    const caseId = nanoid();
    const seq = await must(client, { type: "case.add", caseId, values: { title: "Nach dem Umzug" } });
    await client.waitForSeq(seq);
    const added = client.state.cases[caseId]?.createdSeq ?? -Infinity;
    expect(Object.values(client.state.cases).every((c) => c.id === caseId || c.createdSeq < added)).toBe(true);
  });

  it("lets a facilitator of another series import a backup: they join it as a new facilitator", async () => {
    const katrin = await demo();
    const first = await backupOf(katrin);
    const ines = await createSeries(url, "Andere Runde", "Ines Import");
    const copy = await imported(ines.token, first);
    expect(copy.personId).not.toBe(ines.personId);
    expect(Object.hasOwn(first.series.people, copy.personId)).toBe(false);
    const client = await connect(copy);
    expect(client.state.people[copy.personId]).toMatchObject({
      name: "Ines Import",
      role: "facilitator",
      orgId: null,
    });
    const second = await backupOf(copy);
    const { [copy.personId]: _ines, ...people } = second.series.people;
    const withoutInes = { ...second, series: { ...second.series, people } };
    expect(normalised(withoutInes, new Map([[copy.seriesId, katrin.seriesId]]))).toEqual(normalised(first));
  });

  it("refuses a file that is not a whole, consistent backup, with 400 and a clear message", async () => {
    const katrin = await demo();
    const backup = await backupOf(katrin);
    const [caseId, theCase] = Object.entries(backup.series.cases)[0] ?? [];
    if (!caseId || !theCase) throw new Error("the example has cases");
    const withCase = (changes: object): Backup => ({
      ...backup,
      series: { ...backup.series, cases: { ...backup.series.cases, [caseId]: { ...theCase, ...changes } } },
    });
    const cases: [string, string, RegExp][] = [
      ["another format", JSON.stringify({ ...backup, format: "excel" }), /format/],
      ["a later version", JSON.stringify({ ...backup, version: 2 }), /version/],
      ["no series", JSON.stringify({ ...backup, series: undefined }), /series/],
      ["an unknown field", JSON.stringify(withCase({ secretFlag: true })), /secretFlag/],
      ["an oversized title", JSON.stringify(withCase({ title: "x".repeat(201) })), /title/],
      ["a session not in it", JSON.stringify(withCase({ sessionId: nanoid() })), /does not hold together.*session/],
      ["a goal not in it", JSON.stringify(withCase({ goalIds: [nanoid()] })), /does not hold together.*goal/],
      ["a case under another id", JSON.stringify(withCase({ id: nanoid() })), /another id/],
      [
        "a sequence number from the future",
        JSON.stringify(withCase({ createdSeq: backup.series.seq + 1 })),
        /sequence/,
      ],
      ["not JSON", "{ not json", /not JSON/],
    ];
    for (const [label, body, message] of cases) {
      const response = await postImport(katrin.token, body);
      const answer = (await response.json()) as { error?: { message: string } };
      expect([label, response.status]).toEqual([label, 400]);
      expect(Object.keys(answer)).toEqual(["error"]);
      expect(answer.error?.message).toMatch(message);
    }
    // A key that would reach the prototype is refused, never followed (more in lineageExport.test.ts).
    const polluting = JSON.stringify(backup).replace('"people":{', '"people":{"__proto__":{"role":"facilitator"},');
    const refused = await postImport(katrin.token, polluting);
    expect(refused.status).toBe(400);
    expect(((await refused.json()) as { error: { message: string } }).error.message).toMatch(/__proto__/);
    expect(({} as Record<string, unknown>).role).toBeUndefined();
    const asText = await postImport(katrin.token, JSON.stringify(backup), "text/plain");
    expect(asText.status).toBe(400);
    expect(((await asText.json()) as { error: { message: string } }).error.message).toMatch(/application\/json/);
    const huge = await postImport(katrin.token, JSON.stringify({ ...backup, padding: "x".repeat(11 * 1024 * 1024) }));
    expect(huge.status).toBe(413);
    expect(Object.keys((await huge.json()) as object)).toEqual(["error"]);
  });

  it("gives anyone of the series the agreements as CSV, the calendar and a session's minutes", async () => {
    const katrin = await demo();
    const facilitator = await connect(katrin);
    const orgId = Object.values(facilitator.state.orgs)[0]?.id ?? null;
    const reader = await connect(await invited(facilitator, "participant", "Paula", orgId));
    const visible = reader.state;

    const csvResponse = await get(`/api/series/${katrin.seriesId}/agreements.csv?lang=de`, reader.token);
    expect(csvResponse.status).toBe(200);
    expect(csvResponse.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(csvResponse.headers.get("cache-control")).toBe("no-store");
    const bytes = new Uint8Array(await csvResponse.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
    const rows = parse(csv, { bom: true, delimiter: ";", record_delimiter: "\r\n" }) as string[][];
    expect(rows[0]?.[0]).toBe(translate("de", "agreements.field.text"));
    expect(
      rows
        .slice(1)
        .map((r) => r[0])
        .sort(),
    ).toEqual(
      Object.values(visible.agreements)
        .map((a) => a.text)
        .sort(),
    );
    const english = await get(`/api/series/${katrin.seriesId}/agreements.csv?lang=en&sep=,`, reader.token);
    const englishRows = parse(await english.text(), { bom: true, delimiter: "," }) as string[][];
    expect(englishRows[0]?.[0]).toBe(translate("en", "agreements.field.text"));
    expect(englishRows).toHaveLength(rows.length);

    const icsResponse = await get(`/api/series/${katrin.seriesId}/calendar.ics?lang=en`, reader.token);
    expect(icsResponse.status).toBe(200);
    expect(icsResponse.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    const events = Object.values(ical.sync.parseICS(await icsResponse.text())).filter(
      (c): c is VEvent => c?.type === "VEVENT",
    );
    const upcoming = Object.values(visible.sessions).filter((s) => s.closedSeq === null);
    expect(upcoming).toHaveLength(1);
    expect(events.some((e) => String(e.uid).includes(upcoming[0]?.id ?? "?"))).toBe(true);

    const session = Object.values(visible.sessions).find((s) =>
      Object.values(visible.cases).some((c) => c.sessionId === s.id),
    );
    if (!session) throw new Error("the example has cases in a session");
    const minutesResponse = await get(`/api/series/${katrin.seriesId}/minutes/${session.id}.md`, reader.token);
    expect(minutesResponse.status).toBe(200);
    expect(minutesResponse.headers.get("content-type")).toBe("text/markdown; charset=utf-8");
    expect(minutesResponse.headers.get("content-disposition")).toContain(`${session.date}.md`);
    const minutes = await minutesResponse.text();
    const titles = Object.values(visible.cases).filter((c) => c.sessionId === session.id);
    expect(titles.length).toBeGreaterThan(0);
    for (const c of titles) expect(minutes).toContain(mdInline(c.title));

    expect((await get(`/api/series/${katrin.seriesId}/minutes/${nanoid()}.md`, reader.token)).status).toBe(404);
    for (const query of ["lang=fr", "sep=%7C", "lang=de&lang=en", "verbose=1"]) {
      const bad = await get(`/api/series/${katrin.seriesId}/agreements.csv?${query}`, reader.token);
      expect([query, bad.status]).toEqual([query, 400]);
    }
  });

  it("keeps another organisation's internal items and anonymous authors out of every export", async () => {
    const series = await openSeries(url);
    const moderator = series.facilitator;
    clients.push(moderator);
    const anna = await series.join("participant", { name: "Anna", newOrgName: "Feinkost Hansen", function: "sales" });
    const bernd = await series.join("participant", { name: "Bernd", newOrgName: "Hofmolkerei Lindner" });
    clients.push(anna, bernd);
    const hansen = anna.state.people[anna.personId]?.orgId ?? "";
    const lindner = bernd.state.people[bernd.personId]?.orgId ?? "";
    // The moderator works for the other company.
    await must(moderator, { type: "person.update", personId: moderator.personId, changes: { orgId: lindner } });
    const sessionId = nanoid();
    await must(moderator, { type: "session.add", sessionId, values: { date: "2026-11-23", kind: "workshop" } });
    await must(moderator, { type: "session.phase", sessionId, phase: "cases" });
    const secretCase = nanoid();
    const secret = "Marge Edeka Nord minus 4 %";
    await must(anna, {
      type: "case.add",
      caseId: secretCase,
      values: { title: secret, sessionId, orgId: hansen, internalTo: hansen },
    });
    await must(anna, {
      type: "agreement.add",
      agreementId: nanoid(),
      values: {
        text: "Edeka-Preise intern nachkalkulieren",
        caseId: secretCase,
        due: "2026-12-01",
        internalTo: hansen,
      },
    });
    const sharedCase = nanoid();
    await must(moderator, { type: "case.add", caseId: sharedCase, values: { title: "Eilauftrag Nord", sessionId } });
    await must(moderator, { type: "session.anonymity", sessionId, phase: "cases", mode: "anonymous" });
    const noteId = nanoid();
    await must(anna, { type: "case.note.add", caseId: sharedCase, list: "went_wrong", noteId, text: "Ohne Rückfrage" });
    await must(moderator, {
      type: "agreement.add",
      agreementId: nanoid(),
      values: { text: "Eilaufträge gemeinsam freigeben", caseId: sharedCase, due: "2026-12-02" },
    });

    const exportsOf = async (who: ProtocolClient): Promise<string> => {
      const base = `/api/series/${who.seriesId}`;
      const texts = await Promise.all(
        [`${base}/agreements.csv`, `${base}/minutes/${sessionId}.md`, `${base}/calendar.ics`].map(async (path) => {
          const response = await get(path, who.token);
          expect(response.status).toBe(200);
          return response.text();
        }),
      );
      // Calendar lines are folded at 75 octets: unfold them, so a leak cannot hide across a fold.
      return texts.join("\n").replace(/\r\n[ \t]/g, "");
    };
    const berndSees = await exportsOf(bernd);
    expect(berndSees).toContain("Eilaufträge gemeinsam freigeben");
    expect(berndSees).not.toContain(secret);
    expect(berndSees).not.toContain("Edeka-Preise");
    // Anna's own organisation's items are hers to export.
    expect(await exportsOf(anna)).toContain("Edeka-Preise intern nachkalkulieren");

    const backup = await backupOf(series.admission);
    const text = JSON.stringify(backup);
    expect(text).not.toContain(secret);
    expect(text).not.toContain("Edeka-Preise");
    expect(text).not.toContain(secretCase);
    expect(backup.series.cases[sharedCase]?.wentWrong).toEqual([
      expect.objectContaining({ id: noteId, by: "", authorSide: null, authorOrgId: null }),
    ]);
    // The copy has nothing of it either, and gives the moderator the same view.
    const copy = await imported(series.admission.token, backup);
    expect(JSON.stringify(await backupOf(copy))).not.toContain(secret);
  });

  it("exports while a session is running, and the copy carries the room as it was", async () => {
    const katrin = await demo();
    const facilitator = await connect(katrin);
    const running = Object.values(facilitator.state.sessions).find((s) => s.closedSeq === null);
    if (!running) throw new Error("the example has an upcoming session");
    await must(facilitator, { type: "session.phase", sessionId: running.id, phase: "cases" });
    await must(facilitator, { type: "timer.set", durationMs: 600_000, signal: true });
    await must(facilitator, { type: "timer.start" });
    const caseId = nanoid();
    await must(facilitator, { type: "case.add", caseId, values: { title: "Live-Fall", sessionId: running.id } });
    await must(facilitator, {
      type: "vote.open",
      sessionId: running.id,
      target: "cases",
      dotsPerPerson: 3,
      stacking: false,
    });
    await must(facilitator, { type: "vote.cast", itemId: caseId, delta: 1 });

    // Exports run alongside the meeting's commands.
    const meanwhile = Promise.all(
      ["Eins", "Zwei", "Drei"].map((title) =>
        must(facilitator, { type: "case.add", caseId: nanoid(), values: { title, sessionId: running.id } }),
      ),
    );
    const [minutes, csv, backup] = await Promise.all([
      get(`/api/series/${katrin.seriesId}/minutes/${running.id}.md?lang=de`, katrin.token),
      get(`/api/series/${katrin.seriesId}/agreements.csv`, katrin.token),
      get(`/api/series/${katrin.seriesId}/export`, katrin.token),
    ]);
    await meanwhile;
    expect([minutes.status, csv.status, backup.status]).toEqual([200, 200, 200]);
    const markdown = await minutes.text();
    expect(markdown).toContain("Live-Fall");
    expect(markdown).toContain(translate("de", "document.minutes.draft"));

    const first = (await backup.json()) as Backup;
    expect(first.series.room.timer?.endsAt).not.toBeNull();
    expect(first.series.room.voting).toMatchObject({ state: "open", voters: 1 });
    const copy = await imported(katrin.token, first);
    const client = await connect(copy);
    expect(client.state.sessions[running.id]).toMatchObject({ phase: "cases", closedSeq: null });
    expect(client.state.room.timer).toEqual(first.series.room.timer);
    expect(client.state.votes).toEqual({ [katrin.personId]: { [caseId]: 1 } });
    expect(normalised(await backupOf(copy), new Map([[copy.seriesId, katrin.seriesId]]))).toEqual(normalised(first));
    // The vote goes on in the copy.
    await must(client, { type: "vote.reveal" });
  });
});
