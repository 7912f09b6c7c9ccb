import { nanoid } from "nanoid";
import type { Page } from "playwright-core";
import { describe, expect, it, onTestFinished } from "vitest";
import type { ClientCommand } from "@common/domain/commands.js";
import { chromiumPath, screenshotPath } from "../support/browser.js";
import { e2eApp } from "../support/e2eApp.js";
import {
  connectAs,
  createSeries,
  joinByInvite,
  type Admission,
  type ProtocolClient,
} from "../support/protocolClient.js";
import {
  HOSTILE,
  HOSTILE_FIELDS,
  cspViolationsInPage,
  injectedInPage,
  probe,
  textInPage,
  type HostileField,
  type PageProbe,
  unexplainedViolations,
} from "../support/xssCorpus.js";

const executablePath = chromiumPath();
const H = HOSTILE;

async function send(client: ProtocolClient, command: ClientCommand): Promise<void> {
  const reply = await client.send(command);
  if (!reply.ok) throw new Error(`${command.type} refused: ${JSON.stringify(reply.error)}`);
}

/** A series with hostile text in every text field, made through the real protocol by three people. */
async function seedHostileSeries(url: string) {
  const admission = await createSeries(url, H.seriesName, H.facilitator);
  const facilitator = await connectAs(url, admission);
  const join = async (name: string, org: string, fn: string) => {
    const joined = await joinByInvite(url, await facilitator.invite("participant"), {
      name,
      newOrgName: org,
      function: fn,
    });
    return { admission: joined, client: await connectAs(url, joined) };
  };
  const sales = await join(H.salesPerson, H.salesOrg, "sales");
  const ops = await join(H.opsPerson, H.opsOrg, "operations");
  const orgOf = (a: Admission) => sales.client.state.people[a.personId]?.orgId ?? null;
  const salesOrg = orgOf(sales.admission);
  const opsOrg = orgOf(ops.admission);
  const [hostOrg, goal, salesInterest, opsInterest, collision] = [nanoid(), nanoid(), nanoid(), nanoid(), nanoid()];
  const [s1, s2, theCase] = [nanoid(), nanoid(), nanoid()];
  const [oldAgreement, undecided, newAgreement] = [nanoid(), nanoid(), nanoid()];
  const [salesId, opsId] = [sales.admission.personId, ops.admission.personId];
  const f = (command: ClientCommand) => send(facilitator, command);

  await f({ type: "org.add", orgId: hostOrg, name: H.hostOrg });
  await f({
    type: "goal.add",
    goalId: goal,
    values: {
      title: H.goalTitle,
      why: H.goalWhy,
      kpiName: H.kpiName,
      kpiUnit: H.kpiUnit,
      salesMeaning: H.salesMeaning,
      operationsMeaning: H.opsMeaning,
      orgId: salesOrg,
    },
  });
  await f({ type: "interest.add", interestId: salesInterest, side: "sales", label: H.salesInterest });
  await f({ type: "interest.add", interestId: opsInterest, side: "operations", label: H.opsInterest });
  await f({ type: "collision.add", collisionId: collision, interestIds: [salesInterest, opsInterest] });

  // Session 1 made two agreements and closed; session 2 reviews them.
  await f({ type: "session.add", sessionId: s1, values: { date: "2026-10-01", place: H.place1, kind: "workshop" } });
  const peerVisit = { date: "2026-11-01", place: H.place2, kind: "peer_visit", hostOrgId: hostOrg } as const;
  await f({ type: "session.add", sessionId: s2, values: peerVisit });
  const made = { ownerIds: [salesId, opsId], goalIds: [goal], collisionId: collision, sessionId: s1 };
  await f({
    type: "agreement.add",
    agreementId: oldAgreement,
    values: { text: H.oldAgreement, outcome: H.oldOutcome, ...made },
  });
  await f({ type: "agreement.add", agreementId: undecided, values: { text: H.undecided, sessionId: s1 } });
  await f({ type: "session.phase", sessionId: s1, phase: "close" });
  await f({ type: "session.update", sessionId: s1, changes: { summary: H.summary1 } });
  await f({ type: "session.close", sessionId: s1, confirmUndecided: false });
  await f({ type: "session.update", sessionId: s2, changes: { summary: H.summary2 } });

  await f({
    type: "case.add",
    caseId: theCase,
    values: {
      title: H.caseTitle,
      description: H.caseDescription,
      customer: H.customer,
      salesView: H.salesView,
      operationsView: H.opsView,
      sessionId: s2,
      presenterId: salesId,
      orgId: opsOrg,
      stage: "planning",
      marginImpact: -12000,
      delayDays: 3,
    },
  });
  await f({ type: "case.link", caseId: theCase, kind: "collision", targetId: collision, linked: true });
  await f({ type: "case.link", caseId: theCase, kind: "goal", targetId: goal, linked: true });
  const note = (list: "went_well" | "went_wrong" | "better_next", text: string) =>
    send(sales.client, { type: "case.note.add", caseId: theCase, list, noteId: nanoid(), text });
  await note("went_well", H.wentWell);
  await note("went_wrong", H.wentWrong);
  await note("better_next", H.betterNext);
  const mirrorId = nanoid();
  await f({ type: "case.mirror.add", caseId: theCase, mirrorId, ofSide: "sales", text: H.mirror });
  await send(sales.client, {
    type: "case.mirror.respond",
    caseId: theCase,
    mirrorId,
    verdict: "corrected",
    correction: H.correction,
  });

  const linked = { caseId: theCase, sessionId: s2, ownerIds: [salesId], goalIds: [goal], collisionId: collision };
  await f({
    type: "agreement.add",
    agreementId: newAgreement,
    values: { text: H.newAgreement, outcome: H.newOutcome, ...linked },
  });
  await f({ type: "agreement.status", agreementId: newAgreement, status: "in_progress", comment: H.statusComment });
  const review = { sessionId: s2, agreementId: oldAgreement };
  await f({ type: "review.set", ...review, changes: { evidence: H.evidence, kept: "partly" } });
  await f({ type: "review.fit", ...review, goalId: goal, fit: "supports" });
  const successor = { agreementId: nanoid(), text: H.successor };
  await f({ type: "review.decide", ...review, decision: "revise", successor });
  const groups = [
    { groupId: nanoid(), name: H.group1, memberIds: [salesId], caseId: theCase },
    { groupId: nanoid(), name: H.group2, memberIds: [opsId], caseId: null },
  ];
  await f({ type: "breakout.start", sessionId: s2, groups });
  // An invite for one organisation: its row names the organisation.
  const orgInvite = await facilitator.access({ action: "createInvite", role: "participant", orgId: hostOrg });
  if (!orgInvite.ok) throw new Error(`invite refused: ${JSON.stringify(orgInvite)}`);

  const clients = [facilitator, sales.client, ops.client];
  return { admission, sales: sales.admission, facilitator, clients, ids: { s1, s2, theCase, newAgreement, goal } };
}

describe.runIf(executablePath)("hostile text in every field, rendered in real browsers", () => {
  const app = e2eApp(executablePath ?? "");
  const probes: { name: string; found: PageProbe }[] = [];
  const seen = new Set<HostileField>();

  async function openProbed(name: string, page: Page): Promise<Page> {
    probes.push({ name, found: await probe(page) });
    return page;
  }

  /** Opens the board as a person: their device token in this browser's storage, as after joining. */
  async function openBoardAs(name: string, person: Admission): Promise<Page> {
    const page = await openProbed(name, await app.openPage({ width: 1400, height: 1000 }));
    const url = app.server().url;
    await page.goto(url);
    const device = JSON.stringify({ token: person.token, personId: person.personId });
    const key = `einklang.device.${person.seriesId}`;
    await page.evaluate((entry) => localStorage.setItem(entry.key, entry.device), { key, device });
    const response = await page.goto(`${url}/s/${person.seriesId}`);
    // Without the policy a payload could run, and nothing would report a violation: the assertions need it.
    expect(response?.headers()["content-security-policy"]).toContain("script-src 'self'");
    return page;
  }

  /** The page shows each field's hostile text literally, and nothing of it got further than text. */
  async function shows(page: Page, where: string, fields: readonly HostileField[]): Promise<void> {
    const missing = async () => {
      const text = await page.evaluate(textInPage);
      return fields.filter((field) => !text.includes(H[field]));
    };
    await expect.poll(missing, { message: `${where}: hostile text not shown literally` }).toEqual([]);
    expect(await page.evaluate(injectedInPage), `${where}: payload got further than text`).toEqual([]);
    const violations = unexplainedViolations(await page.evaluate(cspViolationsInPage));
    expect(violations, `${where}: Content-Security-Policy violations`).toEqual([]);
    const text = await page.evaluate(textInPage);
    for (const field of HOSTILE_FIELDS) if (text.includes(H[field])) seen.add(field);
  }

  async function expandAll(page: Page, testId: string): Promise<void> {
    const buttons = page.getByTestId(testId);
    for (let i = 0; i < (await buttons.count()); i++) {
      if ((await buttons.nth(i).getAttribute("aria-expanded")) === "false") await buttons.nth(i).click();
    }
  }

  it("shows every payload as text on the board, the projector, the start and the join page, and runs none", async () => {
    const url = app.server().url;
    const series = await seedHostileSeries(url);
    onTestFinished(() => series.clients.forEach((client) => client.disconnect()));
    const f = await openBoardAs("facilitator", series.admission);
    const p = await openBoardAs("participant", series.sales);
    const both = async (where: string, fields: readonly HostileField[]) => {
      await shows(f, `facilitator ${where}`, fields);
      await shows(p, `participant ${where}`, fields);
    };
    const phase = async (name: string) => {
      await f.getByTestId(`phase-${name}`).click();
      await expect.poll(() => p.getByTestId("session-board").getAttribute("data-phase")).toBe(name);
    };

    // The session board, phase by phase.
    const people = ["facilitator", "salesPerson", "opsPerson", "salesOrg", "opsOrg"] as const;
    await both("check-in", ["seriesName", ...people, "place1", "place2", "hostOrg"]);
    await phase("review");
    await both("review", [
      "oldAgreement",
      "oldOutcome",
      "evidence",
      "successor",
      "goalTitle",
      "salesPerson",
      "opsPerson",
    ]);
    await phase("cases");
    await expandAll(f, "case-expand");
    await expandAll(p, "case-expand");
    const caseFields = [
      "caseTitle",
      "caseDescription",
      "customer",
      "salesView",
      "opsView",
      "mirror",
      "correction",
    ] as const;
    const caseLinks = ["wentWell", "wentWrong", "betterNext", "salesInterest", "opsInterest", "goalTitle"] as const;
    await both("cases, case opened", [...caseFields, ...caseLinks, "salesPerson", "opsOrg"]);
    await f.getByTestId("room-tool-breakout").click();
    await shows(f, "facilitator breakout overview", ["group1", "group2"]);
    await shows(p, "participant breakout banner", ["group1"]);
    await f.screenshot({ path: screenshotPath("xss-case"), fullPage: true });
    await phase("agreements");
    await expandAll(f, "agreement-expand");
    await expandAll(p, "agreement-expand");
    await both("agreements, opened", ["newAgreement", "newOutcome", "statusComment", "successor", "caseTitle"]);
    await phase("close");
    await both("close", ["summary2", "undecided"]);
    const pickSession = (id: string) => f.locator(`[data-testid="session-item"][data-session-id="${id}"]`).click();
    await pickSession(series.ids.s1);
    await shows(f, "facilitator session 1, closed", ["place1", "summary1"]);
    await pickSession(series.ids.s2);

    // The other views of the board.
    const view = async (name: string, fields: readonly HostileField[]) => {
      await f.getByTestId(`nav-${name}`).click();
      await p.getByTestId(`nav-${name}`).click();
      await both(name, fields);
    };
    await view("preread", ["place2", "oldAgreement", "oldOutcome", "undecided", "caseTitle", "caseDescription"]);
    await view("goals", ["salesOrg", "goalTitle", "goalWhy", "kpiName", "kpiUnit", "salesMeaning", "opsMeaning"]);
    await view("interests", ["salesInterest", "opsInterest"]);
    await view("people", [...people, "hostOrg"]);
    for (const page of [f, p]) {
      await page.getByTestId("nav-agreements").click();
      await page.getByTestId("agreements-filter").locator('button[data-value="all"]').click();
      await expandAll(page, "agreement-expand");
    }
    const history = ["oldAgreement", "oldOutcome", "successor", "newAgreement", "evidence", "statusComment"] as const;
    await both("agreements page, all opened", history);
    await f.getByTestId("invite-open").click();
    await shows(f, "facilitator invite panel", ["facilitator", "salesPerson", "opsPerson", "hostOrg"]);
    await f.getByTestId("invite-close").click();

    // The projector follows the spotlight: the case, an agreement, a goal; and the running breakout.
    const projector = await openProbed("projector", await f.context().newPage());
    await projector.goto(`${url}/s/${series.admission.seriesId}/projector`);
    const spotlight = async (kind: "case" | "agreement" | "goal", id: string, fields: readonly HostileField[]) => {
      await send(series.facilitator, { type: "room.spotlight", item: { kind, id } });
      await shows(projector, `projector, ${kind} in the spotlight`, fields);
    };
    await spotlight("case", series.ids.theCase, ["seriesName", "caseTitle", "caseDescription", "group1", "group2"]);
    await spotlight("agreement", series.ids.newAgreement, ["newAgreement", "newOutcome"]);
    await spotlight("goal", series.ids.goal, ["goalTitle", "goalWhy"]);

    // The start page lists the series; the join page names it and its organisations.
    await f.goto(url);
    await shows(f, "start page", ["seriesName"]);
    const stranger = await openProbed("join page", await app.openPage());
    await stranger.goto(`${url}/join#${await series.facilitator.invite("participant")}`);
    await shows(stranger, "join page", ["seriesName", "salesOrg", "opsOrg", "hostOrg"]);

    expect(HOSTILE_FIELDS.filter((field) => !seen.has(field))).toEqual([]);
    for (const { name, found } of probes) expect(found, name).toEqual({ dialogs: [], cspConsole: [], errors: [] });
  });
});
