import { parse } from "csv-parse/sync";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { SeriesState } from "@common/domain/types.js";
import { LIMITS } from "@common/limits.js";
import { chainId, withRevisionChain } from "../support/factories.js";
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

describe.each(storageTargets())("imports of long revision chains and hostile keys (%s)", (_kind, makeTarget) => {
  let target: StorageTarget;
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let url: string;

  const bearer = (token: string): Record<string, string> => ({ authorization: `Bearer ${token}` });

  async function demo(): Promise<Admission> {
    const response = await fetch(`${url}/api/demo`, {
      method: "POST",
      headers: { "content-type": "application/json" },
    });
    expect(response.status).toBe(201);
    return (await response.json()) as Admission;
  }

  async function backupOf(admission: Admission): Promise<Backup> {
    const response = await fetch(`${url}/api/series/${admission.seriesId}/export`, {
      headers: bearer(admission.token),
    });
    expect(response.status).toBe(200);
    return (await response.json()) as Backup;
  }

  function postImport(token: string, body: string): Promise<Response> {
    return fetch(`${url}/api/series/import`, {
      method: "POST",
      headers: { ...bearer(token), "content-type": "application/json" },
      body,
    });
  }

  /** The backup with a chain of `revisions` revisions added (copies of one of its agreements). */
  function withChain(backup: Backup, revisions: number): Backup {
    const template = Object.values(backup.series.agreements)[0];
    if (!template) throw new Error("the example has agreements");
    return { ...backup, series: withRevisionChain(backup.series, template, revisions + 1) };
  }

  beforeEach(async () => {
    target = await makeTarget();
    server = await startTestServer(target, undefined, { httpRequestsPerMinute: 10_000 });
    url = server.url;
  });

  afterEach(async () => {
    await server.close();
    await target.cleanup();
  });

  it("answers the agreements CSV of the longest allowed chain correctly while health checks go on", async () => {
    const katrin = await demo();
    const backup = withChain(await backupOf(katrin), LIMITS.revisionChain);
    const response = await postImport(katrin.token, JSON.stringify(backup));
    expect(response.status).toBe(201);
    const copy = (await response.json()) as Admission;

    let exported = false;
    const csvDone = fetch(`${url}/api/series/${copy.seriesId}/agreements.csv?lang=en`, {
      headers: bearer(copy.token),
    }).then(async (answer) => {
      const text = await answer.text();
      exported = true;
      return { status: answer.status, text };
    });
    const health: boolean[] = [];
    while (!exported) {
      const answer = await fetch(`${url}/api/health`);
      health.push(answer.ok && ((await answer.json()) as { ok: boolean }).ok);
    }
    const csv = await csvDone;
    expect(csv.status).toBe(200);
    const rows: string[][] = parse(csv.text, { bom: true, delimiter: ",", record_delimiter: "\r\n" });
    expect(rows).toHaveLength(1 + Object.keys(backup.series.agreements).length);
    expect(health.length).toBeGreaterThan(0);
    expect(health.every(Boolean)).toBe(true);
    // The chain arrived whole: its last revision's history reaches back to the first.
    const imported = (await backupOf(copy)).series.agreements;
    expect(imported[chainId(LIMITS.revisionChain)]?.predecessorId).toBe(chainId(LIMITS.revisionChain - 1));
  });

  it("refuses a chain longer than a series can make with a clear 400, and creates nothing", async () => {
    const katrin = await demo();
    const before = await seriesCount(target);
    const response = await postImport(katrin.token, JSON.stringify(withChain(await backupOf(katrin), 5000 - 10)));
    expect(response.status).toBe(400);
    expect(((await response.json()) as ErrorAnswer).error.message).toMatch(
      /a chain of 4990 revisions is longer than the 500 a series can make/,
    );
    expect(await seriesCount(target)).toBe(before);
  });

  it("refuses prototype keys anywhere in a backup and notes of organisations not in it, creating nothing", async () => {
    const katrin = await demo();
    const backup = await backupOf(katrin);
    const json = JSON.stringify(backup);
    const [caseId, theCase] = Object.entries(backup.series.cases)[0] ?? [];
    if (!caseId || !theCase) throw new Error("the example has cases");
    const note = { id: "note-stray1", text: "x", by: "", anonymity: "anonymous", authorSide: null };
    const withNote = (authorOrgId: string): string =>
      JSON.stringify({
        ...backup,
        series: {
          ...backup.series,
          cases: { ...backup.series.cases, [caseId]: { ...theCase, wentWell: [{ ...note, authorOrgId }] } },
        },
      });
    const before = await seriesCount(target);
    const cases: [string, string, RegExp][] = [
      [
        "__proto__ among the people",
        json.replace('"people":{', '"people":{"__proto__":{"role":"facilitator"},'),
        /series\.people\.__proto__/,
      ],
      [
        "constructor inside a case",
        json.replace(`"${caseId}":{`, `"${caseId}":{"constructor":{"x":1},`),
        /constructor/,
      ],
      [
        "prototype at the top",
        json.replace('"format":', '"prototype":{},"format":'),
        /^not a valid backup \(prototype/,
      ],
      [
        "__proto__ inside a list",
        json.replace('"series":{', '"series":{"x":[{"__proto__":{}}],'),
        /series\.x\.0\.__proto__/,
      ],
      [
        "a note of an organisation not in it",
        withNote("org-unknown1"),
        /note of case .* organisation that is not in it/,
      ],
    ];
    for (const [label, body, message] of cases) {
      const response = await postImport(katrin.token, body);
      const answer = (await response.json()) as ErrorAnswer;
      expect([label, response.status]).toEqual([label, 400]);
      expect([label, answer.error.message]).toEqual([label, expect.stringMatching(message)]);
    }
    expect(await seriesCount(target)).toBe(before);
    expect(({} as Record<string, unknown>).role).toBeUndefined();
  });
});
