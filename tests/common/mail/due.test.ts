import { describe, expect, it } from "vitest";
import { contactInputSchema } from "@common/mail/contact.js";
import { digestSessions, preReadSession, reminderReason, remindersFor } from "@common/mail/due.js";
import { daysBetween, mailDay } from "@common/mail/mailClock.js";
import { oneLine, renderMail } from "@common/mail/render.js";
import { ANNA, BERND, makeSeries } from "../../support/factories.js";

const DUE = "2026-11-10";

function withAgreement(status: "open" | "done" = "open") {
  return makeSeries([
    {
      type: "agreement.add",
      agreementId: "agreement-1",
      values: { text: "Rüstzeiten halbieren", due: DUE, ownerIds: [ANNA] },
    },
    {
      type: "agreement.add",
      agreementId: "agreement-2",
      values: { text: "OTIF ≥ 95 %", due: DUE, ownerIds: [ANNA, BERND] },
    },
    { type: "agreement.add", agreementId: "agreement-3", values: { text: "ohne Termin", due: "", ownerIds: [ANNA] } },
    ...(status === "done"
      ? [{ type: "agreement.status" as const, agreementId: "agreement-1", status: "done" as const, comment: "" }]
      : []),
  ]);
}

describe("when a reminder is due", () => {
  it.each([
    ["2026-11-06", 3, null],
    ["2026-11-07", 3, "dueSoon"],
    ["2026-11-05", 5, "dueSoon"],
    ["2026-11-08", 3, null],
    ["2026-11-10", 3, null],
    ["2026-11-11", 3, "overdue"],
    ["2026-11-12", 3, null],
    ["2026-11-17", 3, null],
    ["2026-11-18", 3, "stillOverdue"],
    ["2026-11-25", 3, "stillOverdue"],
    ["2026-11-26", 3, null],
  ] as const)("on %s with %i days' notice: %s", (today, days, reason) => {
    const state = withAgreement();
    const agreement = state.agreements["agreement-1"];
    if (!agreement) throw new Error("no agreement");
    expect(reminderReason(state, agreement, today, days)).toBe(reason);
  });

  it("stops once the agreement is done, bundles a person's agreements of the day, and skips those without a date", () => {
    expect(remindersFor(withAgreement(), ANNA, "2026-11-11", 3).map((i) => i.agreement.id)).toEqual([
      "agreement-1",
      "agreement-2",
    ]);
    expect(remindersFor(withAgreement(), BERND, "2026-11-11", 3).map((i) => i.agreement.id)).toEqual(["agreement-2"]);
    expect(remindersFor(withAgreement("done"), ANNA, "2026-11-18", 3).map((i) => i.agreement.id)).toEqual([
      "agreement-2",
    ]);
  });
});

describe("the mail day in the series' time zone", () => {
  it.each([
    ["2026-11-09T06:59:00.000Z", "Europe/Berlin", null],
    ["2026-11-09T07:00:00.000Z", "Europe/Berlin", "2026-11-09"],
    ["2026-07-09T05:59:00.000Z", "Europe/Berlin", null],
    ["2026-07-09T06:00:00.000Z", "Europe/Berlin", "2026-07-09"],
    ["2026-11-09T23:30:00.000Z", "Europe/Berlin", null],
    ["2026-11-09T23:30:00.000Z", "Pacific/Auckland", "2026-11-10"],
    ["2026-11-09T12:59:00.000Z", "America/New_York", null],
    ["2026-11-09T13:00:00.000Z", "America/New_York", "2026-11-09"],
  ] as const)("%s in %s: %s", (instant, zone, day) => {
    expect(mailDay(new Date(instant), zone)).toBe(day);
  });

  it("counts days across the change to summer time", () => {
    expect(daysBetween("2026-03-28", "2026-03-30")).toBe(2);
    expect(daysBetween("2026-11-10", "2026-11-03")).toBe(-7);
  });
});

describe("sessions that mails are about", () => {
  const state = makeSeries([
    { type: "session.add", sessionId: "session-1", values: { date: "2026-11-12" } },
    { type: "session.add", sessionId: "session-2", values: { date: "2026-12-10" } },
  ]);

  it.each([
    ["2026-11-09", 2, null],
    ["2026-11-10", 2, "session-1"],
    ["2026-11-11", 2, "session-1"],
    ["2026-11-12", 2, null],
    ["2026-12-05", 5, "session-2"],
  ] as const)("the pre-read on %s (%i days before) is for %s", (today, days, sessionId) => {
    expect(preReadSession(state, today, days)?.id ?? null).toBe(sessionId);
  });

  it("sends a digest only of a closed session of the last days", () => {
    const closed = { ...state, sessions: { ...state.sessions } };
    const session = closed.sessions["session-1"];
    if (!session) throw new Error("no session");
    closed.sessions["session-1"] = { ...session, closedSeq: 9 };
    expect(digestSessions(state, "2026-11-12")).toEqual([]);
    expect(digestSessions(closed, "2026-11-12").map((s) => s.id)).toEqual(["session-1"]);
    expect(digestSessions(closed, "2026-11-15").map((s) => s.id)).toEqual(["session-1"]);
    expect(digestSessions(closed, "2026-11-16")).toEqual([]);
  });
});

describe("mail rendering", () => {
  it("keeps a subject on one line and escapes what people wrote in the HTML", () => {
    expect(oneLine("Runde\r\nBcc: x@example.com")).toBe("Runde Bcc: x@example.com");
    const mail = renderMail({
      subject: "Erinnerung:\nBcc: x@example.com",
      blocks: [{ kind: "list", items: [{ text: "<script>alert(1)</script> & mehr" }] }],
      footer: [{ kind: "link", label: "Abbestellen", url: 'https://board.example.com/mail/unsubscribe/x"y' }],
    });
    expect(mail.subject).toBe("Erinnerung: Bcc: x@example.com");
    expect(mail.html).toContain("&lt;script&gt;alert(1)&lt;/script&gt; &amp; mehr");
    expect(mail.html).not.toContain("<script>");
    expect(mail.html).toContain('href="https://board.example.com/mail/unsubscribe/x&quot;y"');
    expect(mail.text).toContain("- <script>alert(1)</script> & mehr");
  });

  it.each([
    ["name@example.com", true],
    [" name@example.com ", true],
    ["Name <name@example.com>", false],
    ["name@example.com\r\nBcc: all@example.com", false],
    ["a@example.com,b@example.com", false],
    ["kein-at.example.com", false],
  ])("takes %j as an address: %s", (email, ok) => {
    const parsed = contactInputSchema.safeParse({
      email,
      language: "de",
      choices: { reminders: true, digest: true, preRead: true, minutes: true },
    });
    expect(parsed.success).toBe(ok);
  });
});
