import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { ClientCommand } from "@common/domain/commands.js";
import { agreementsDueForReview } from "@common/domain/rules/review.js";
import { addDays } from "@common/demo/dates.js";
import { routeOf } from "../../client/src/router.js";
import { connectAs, joinByInvite, type Admission, type ProtocolClient } from "../support/protocolClient.js";
import type { ReceivedMail } from "../support/smtpSink.js";
import { storageTargets, type StorageTarget } from "../support/storages.js";
import {
  DAY,
  HOUR,
  MAILED_BASE,
  contactBody,
  headerOf,
  linkIn,
  mailsTo,
  personNamed,
  startMailWorld,
  type MailWorld,
} from "../support/mailWorld.js";

const JENS_MAIL = "jens@hansen.example";
const CLAUDIA_MAIL = "claudia@lindner.example";
const SECRET_CASE = "GEHEIM-FALL: Hansen verliert Biomarkt-Listung";
const SECRET_AGREEMENT = "GEHEIM-VEREINBARUNG: Hansen-Rabatt für Biomarkt nachverhandeln";
const SHARED_CASE = "Osterware kam zwei Tage zu spät beim Handel an";
const SHARED_AGREEMENT = "Aktionsware wird bis Kalenderwoche 8 gemeinsam eingeplant";
const ANONYMOUS_NOTE = "Die Übergabe an die Spedition wurde zu spät angemeldet";
/** Someone who writes nothing named in the session: their name may appear in no digest. */
const ANONYMOUS_AUTHOR = "Ulrike Verborgen";
const DIGEST_SUBJECT = /^(Zusammenfassung der Sitzung|Digest of the session)/;

function digestsOf(world: MailWorld, address: string): ReceivedMail[] {
  return mailsTo(world.sink, address).filter((m) => DIGEST_SUBJECT.test(m.parsed.subject ?? ""));
}

/** Everything a mail carries that a reader sees: subject, text, HTML and the attachments' contents. */
function wholeMail(mail: ReceivedMail): string {
  return [
    mail.parsed.subject ?? "",
    mail.parsed.text ?? "",
    mail.parsed.html || "",
    ...mail.parsed.attachments.map((a) => a.content.toString("utf8")),
  ].join("\n");
}

/** A Markdown document read as its headings and list items (what the minutes are made of). */
function markdownOutline(markdown: string): { title: string; headings: string[]; items: string[] } {
  const lines = markdown.split("\n");
  const headings = lines.filter((l) => /^#{1,6} \S/.test(l)).map((l) => l.replace(/^#+ /, ""));
  const items = lines.filter((l) => /^\s*- \S/.test(l)).map((l) => l.replace(/^\s*- /, ""));
  return { title: lines[0]?.startsWith("# ") ? lines[0].slice(2) : "", headings, items };
}

describe.each(storageTargets())("the digest after a session closes (%s)", (_kind, makeTarget) => {
  let target: StorageTarget;
  let world: MailWorld;
  const clients: ProtocolClient[] = [];

  beforeEach(async () => {
    target = await makeTarget();
    world = await startMailWorld(target);
  });

  afterEach(async () => {
    for (const c of clients.splice(0)) c.disconnect();
    await world.close();
    await target.cleanup();
  });

  async function ok(client: ProtocolClient, command: ClientCommand): Promise<number> {
    const reply = await client.send(command);
    if (!reply.ok) throw new Error(`${command.type}: ${reply.error.message}`);
    return reply.seq;
  }

  async function connect(admission: Admission): Promise<ProtocolClient> {
    const client = await connectAs(world.server.url, admission);
    clients.push(client);
    return client;
  }

  /** A facilitator enters an owner's address in a language; the owner confirms it through the mail. */
  async function enterForOwner(facilitator: Admission, personId: string, email: string, language: "de" | "en") {
    const before = world.sink.mails.length;
    const entered = await world.api(
      `/${facilitator.seriesId}/mail/people/${personId}`,
      facilitator.token,
      "PUT",
      contactBody(email, language),
    );
    expect(entered.status).toBe(200);
    const [confirmation] = (await world.sink.waitFor(before + 1)).slice(before);
    if (!confirmation) throw new Error("no confirmation mail");
    const link = world.local(linkIn(confirmation, "/mail/confirm/"));
    const confirmed = await fetch(link, { method: "POST", headers: { origin: world.server.url } });
    expect(confirmed.status).toBe(200);
  }

  it("sends each participant one digest in their language, projected for them, with the minutes attached, once", async () => {
    const { katrin, admission } = await world.example();
    const start = katrin.state;
    const today = world.now.toISOString().slice(0, 10);
    const jens = personNamed(start, "Jens Albrecht");
    const claudia = personNamed(start, "Claudia Lindner");
    const hansen = Object.values(start.orgs).find((o) => o.name.includes("Hansen"))?.id ?? "";
    // The example's next session, two weeks ahead: the day comes and it is held.
    const session = Object.values(start.sessions).find((s) => s.closedSeq === null && s.date === addDays(today, 14));
    if (!session) throw new Error("the example has no next session in two weeks");
    world.advance(14 * DAY + 3 * HOUR);
    const held = session.date;
    expect(world.now.toISOString().slice(0, 10)).toBe(held);

    // Jens (Feinkost Hansen) enters his own address on his device; Katrin enters Claudia's (the dairy), in English.
    const jensAdmission = await world.claimLinkFor(katrin, jens);
    const jensClient = await connect(jensAdmission);
    await world.enterAndConfirm(jensAdmission, null, JENS_MAIL);
    await enterForOwner(admission, claudia, CLAUDIA_MAIL, "en");
    // Someone of Hansen joins and writes only an anonymous "went wrong" note.
    const ulrike = await connect(
      await joinByInvite(world.server.url, await katrin.invite("participant"), {
        name: ANONYMOUS_AUTHOR,
        orgId: hansen,
        function: "logistics",
      }),
    );

    // The review: one agreement due is decided, the rest stay undecided.
    await ok(katrin, { type: "session.phase", sessionId: session.id, phase: "review" });
    const reviewed = agreementsDueForReview(katrin.state, session.id).find((a) => a.internalTo === null);
    if (!reviewed) throw new Error("the example's next session reviews nothing");
    await ok(katrin, {
      type: "review.decide",
      sessionId: session.id,
      agreementId: reviewed.id,
      decision: "close",
      successor: null,
    });

    await ok(katrin, { type: "session.phase", sessionId: session.id, phase: "cases" });
    await ok(katrin, { type: "session.anonymity", sessionId: session.id, phase: "cases", mode: "anonymous" });
    await ok(katrin, {
      type: "case.add",
      caseId: "case-shared",
      values: { title: SHARED_CASE, sessionId: session.id, orgId: hansen },
    });
    await ok(ulrike, {
      type: "case.note.add",
      caseId: "case-shared",
      list: "went_wrong",
      noteId: "note-anonymous",
      text: ANONYMOUS_NOTE,
    });
    await ok(jensClient, {
      type: "case.add",
      caseId: "case-secret",
      values: { title: SECRET_CASE, sessionId: session.id, orgId: hansen, internalTo: hansen },
    });
    await ok(katrin, { type: "session.phase", sessionId: session.id, phase: "agreements" });
    await ok(jensClient, {
      type: "agreement.add",
      agreementId: "agreement-secret",
      values: {
        text: SECRET_AGREEMENT,
        sessionId: session.id,
        ownerIds: [jens],
        due: addDays(held, 21),
        internalTo: hansen,
      },
    });
    await ok(katrin, {
      type: "agreement.add",
      agreementId: "agreement-shared",
      values: { text: SHARED_AGREEMENT, sessionId: session.id, ownerIds: [jens, claudia], due: addDays(held, 28) },
    });
    await ok(katrin, { type: "session.close", sessionId: session.id, confirmUndecided: true });

    await world.server.mail?.tick();
    const jensDigests = digestsOf(world, JENS_MAIL);
    const claudiaDigests = digestsOf(world, CLAUDIA_MAIL);
    expect([jensDigests.length, claudiaDigests.length]).toEqual([1, 1]);
    const [forJens] = jensDigests;
    const [forClaudia] = claudiaDigests;
    if (!forJens || !forClaudia) throw new Error("no digest");

    const series = start.name;
    const [y, m, d] = held.split("-");
    const minutesLink = `${MAILED_BASE}/s/${admission.seriesId}/minutes/${session.id}`;
    // Each in their language, naming the agreements made, the review's decision and their own agreements.
    const expected = [
      {
        mail: forJens,
        to: [JENS_MAIL],
        subject: `Zusammenfassung der Sitzung am ${d}.${m}.${y}: ${series}`,
        words: ["Beschlossene Vereinbarungen", "Entscheidungen der Überprüfung", "Ihre offenen Vereinbarungen"],
        own: [SHARED_AGREEMENT, SECRET_AGREEMENT],
        attachment: `einklang-${held}.md`,
      },
      {
        mail: forClaudia,
        to: [CLAUDIA_MAIL],
        subject: `Digest of the session on ${held}: ${series}`,
        words: ["Agreements made", "Review decisions", "Your open agreements"],
        own: [SHARED_AGREEMENT],
        attachment: `einklang-${held}.md`,
      },
    ];
    for (const want of expected) {
      const { parsed } = want.mail;
      expect(want.mail.to).toEqual(want.to);
      expect(parsed.subject).toBe(want.subject);
      for (const word of [...want.words, ...want.own, reviewed.text, minutesLink]) {
        expect(parsed.text).toContain(word);
      }
      for (const text of want.own) expect(parsed.html || "").toContain(text);
      expect(routeOf(new URL(linkIn(want.mail, "/minutes/")).pathname)).toEqual({
        page: "minutes",
        seriesId: admission.seriesId,
        sessionId: session.id,
      });
      expect(headerOf(want.mail, "List-Unsubscribe-Post")).toBe("List-Unsubscribe=One-Click");
      expect(headerOf(want.mail, "List-Unsubscribe")).toMatch(
        /^<http:\/\/127\.0\.0\.1:1\/mail\/unsubscribe\/ekm_[\w-]{22}>$/,
      );
      expect(parsed.attachments.map((a) => [a.filename, a.contentType])).toEqual([[want.attachment, "text/markdown"]]);
      // The minutes parse as Markdown: a title, sections, the session's case, its anonymous note and the agreement.
      const markdown = parsed.attachments[0]?.content.toString("utf8") ?? "";
      const outline = markdownOutline(markdown);
      expect(outline.title).not.toBe("");
      expect(outline.headings.length).toBeGreaterThan(1);
      expect(outline.headings.some((h) => h.endsWith(`. ${SHARED_CASE}`))).toBe(true);
      expect(outline.headings.some((h) => h.endsWith(`. ${SHARED_AGREEMENT}`))).toBe(true);
      // The anonymous note stands alone: no author label after it.
      expect(outline.items).toContain(ANONYMOUS_NOTE);
      // Nobody learns who wrote the anonymous note.
      expect(wholeMail(want.mail)).not.toContain(ANONYMOUS_AUTHOR);
    }

    // Jens's attachment is the minutes he downloads from the board himself.
    const download = await fetch(
      `${world.server.url}/api/series/${admission.seriesId}/minutes/${session.id}.md?lang=de`,
      { headers: { authorization: `Bearer ${jensAdmission.token}` } },
    );
    expect(download.status).toBe(200);
    expect(forJens.parsed.attachments[0]?.content.toString("utf8")).toBe(await download.text());
    expect(wholeMail(forJens)).toContain(SECRET_CASE);

    // Nothing of Hansen's internal items reaches the dairy, in any part of the mail.
    const claudiaSees = wholeMail(forClaudia);
    for (const secret of [SECRET_CASE, SECRET_AGREEMENT, "GEHEIM"]) expect(claudiaSees).not.toContain(secret);

    // A second tick, and one on the next day, send no digest again.
    const sent = world.sink.mails.length;
    await world.server.mail?.tick();
    expect(world.sink.mails.length).toBe(sent);
    world.advance(DAY);
    await world.server.mail?.tick();
    expect([digestsOf(world, JENS_MAIL).length, digestsOf(world, CLAUDIA_MAIL).length]).toEqual([1, 1]);
  });
});
