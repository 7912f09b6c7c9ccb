import { isSettled } from "../domain/rules/review.js";
import type { Agreement, SeriesState, Session } from "../domain/types.js";
import { AgreementStatus, PHASES } from "../domain/vocabulary.js";
import type { MailLanguage } from "./contact.js";
import { preReadAgreements, type ReminderItem } from "./due.js";
import { mailDate, mailText, type MailTextKey } from "./mailTexts.js";
import type { MailBlock, MailDoc } from "./render.js";

/** Who a mail is for and what it is about: the language, the person's name and the series' name. */
export interface MailFor {
  language: MailLanguage;
  personName: string;
  seriesName: string;
}

function greeting(to: MailFor): MailBlock {
  return { kind: "p", text: mailText(to.language, "greeting", { name: to.personName }) };
}

function signature(to: MailFor): MailBlock {
  return { kind: "p", text: mailText(to.language, "signature", { series: to.seriesName }) };
}

function ownersLine(state: SeriesState, agreement: Agreement, language: MailLanguage): string {
  const names = agreement.ownerIds.map((id) => state.people[id]?.name ?? "?").join(", ");
  return names === "" ? "" : mailText(language, "owners", { names });
}

/** The mail that asks to confirm an address a facilitator entered. */
export function confirmMail(to: MailFor, confirmUrl: string): MailDoc {
  const series = to.seriesName;
  return {
    subject: mailText(to.language, "confirm.subject", { series }),
    blocks: [
      greeting(to),
      { kind: "p", text: mailText(to.language, "confirm.body", { series }) },
      { kind: "link", label: confirmUrl, url: confirmUrl },
      { kind: "p", text: mailText(to.language, "confirm.ignore") },
      signature(to),
    ],
    footer: [],
  };
}

/** A person's reminder of the day: each agreement with why it is in it, and the way to report. */
export function reminderMail(
  to: MailFor,
  items: readonly ReminderItem[],
  statusUrl: string,
  footer: MailBlock[],
): MailDoc {
  const { language } = to;
  const first = items[0]?.agreement.text ?? "";
  const subject =
    items.length === 1
      ? mailText(language, "reminder.subject.single", { text: first.length > 80 ? `${first.slice(0, 79)}…` : first })
      : mailText(language, "reminder.subject.bundle", { count: items.length, series: to.seriesName });
  return {
    subject,
    blocks: [
      greeting(to),
      { kind: "p", text: mailText(language, "reminder.intro", { series: to.seriesName }) },
      {
        kind: "list",
        items: items.map(({ agreement, reason }) => ({
          text: agreement.text,
          detail: mailText(language, `reminder.${reason}`, { due: mailDate(language, agreement.due) }),
        })),
      },
      { kind: "link", label: mailText(language, "reminder.action"), url: statusUrl },
      signature(to),
    ],
    footer,
  };
}

const DECISION_KEYS: Record<string, MailTextKey> = {
  close: "decision.close",
  continue: "decision.continue",
  revise: "decision.revise",
  drop: "decision.drop",
};

/**
 * The digest after a session closed, from what the person may see (`state`
 * projected for them): the summary, the agreements made, the review's
 * decisions, and their own open agreements.
 */
export function digestMail(
  to: MailFor,
  state: SeriesState,
  session: Session,
  personId: string,
  links: { statusUrl: string; minutesUrl: string | null; withDecisions: boolean },
  footer: MailBlock[],
): MailDoc {
  const { language } = to;
  const date = mailDate(language, session.date);
  const none: MailBlock = { kind: "p", text: mailText(language, "digest.none") };
  const made = Object.values(state.agreements)
    .filter((a) => a.sessionId === session.id)
    .sort((a, b) => a.createdSeq - b.createdSeq);
  const reviews = Object.values(state.reviews).filter(
    (r) => r.sessionId === session.id && r.decision !== null && Object.hasOwn(state.agreements, r.agreementId),
  );
  const own = Object.values(state.agreements)
    .filter((a) => a.ownerIds.includes(personId) && a.status !== AgreementStatus.done && !isSettled(state, a.id))
    .sort((a, b) => a.createdSeq - b.createdSeq);
  const blocks: MailBlock[] = [
    greeting(to),
    { kind: "p", text: mailText(language, "digest.intro", { series: to.seriesName, date }) },
  ];
  if (links.withDecisions) {
    if (session.summary.trim() !== "") {
      blocks.push({ kind: "h", text: mailText(language, "digest.summary") }, { kind: "p", text: session.summary });
    }
    blocks.push({ kind: "h", text: mailText(language, "digest.decisions") });
    blocks.push(
      made.length === 0
        ? none
        : {
            kind: "list",
            items: made.map((a) => ({
              text: a.text,
              detail: [ownersLine(state, a, language), a.due === "" ? "" : mailDate(language, a.due)]
                .filter((part) => part !== "")
                .join(" · "),
            })),
          },
    );
    if (reviews.length > 0) {
      blocks.push({ kind: "h", text: mailText(language, "digest.reviews") });
      blocks.push({
        kind: "list",
        items: reviews.map((r) => ({
          text: state.agreements[r.agreementId]?.text ?? "",
          detail: mailText(language, DECISION_KEYS[r.decision ?? ""] ?? "digest.none"),
        })),
      });
    }
    blocks.push({ kind: "h", text: mailText(language, "digest.yours") });
    blocks.push(
      own.length === 0
        ? none
        : {
            kind: "list",
            items: own.map((a) => ({ text: a.text, detail: a.due === "" ? undefined : mailDate(language, a.due) })),
          },
    );
    if (own.length > 0)
      blocks.push({ kind: "link", label: mailText(language, "reminder.action"), url: links.statusUrl });
  }
  if (session.nextDate !== "") {
    blocks.push({ kind: "p", text: mailText(language, "digest.next", { date: mailDate(language, session.nextDate) }) });
  }
  if (links.minutesUrl !== null) {
    blocks.push({ kind: "p", text: mailText(language, "digest.minutes", { url: links.minutesUrl }) });
  }
  blocks.push(signature(to));
  return { subject: mailText(language, "digest.subject", { series: to.seriesName, date }), blocks, footer };
}

/** The pre-read before a session: agenda, the agreements it reviews, and for owners the way to report. */
export function preReadMail(
  to: MailFor,
  state: SeriesState,
  session: Session,
  personId: string,
  statusUrl: string,
  footer: MailBlock[],
): MailDoc {
  const { language } = to;
  const date = mailDate(language, session.date);
  const { due, own } = preReadAgreements(state, session, personId);
  const cases = Object.values(state.cases).filter((c) => c.sessionId === session.id);
  const blocks: MailBlock[] = [
    greeting(to),
    { kind: "p", text: mailText(language, "preRead.intro", { series: to.seriesName, date }) },
    { kind: "h", text: mailText(language, "preRead.agenda") },
    { kind: "list", items: PHASES.map((phase) => ({ text: mailText(language, `phase.${phase}`) })) },
    { kind: "h", text: mailText(language, "preRead.due") },
    due.length === 0
      ? { kind: "p", text: mailText(language, "digest.none") }
      : { kind: "list", items: due.map((a) => ({ text: a.text, detail: ownersLine(state, a, language) })) },
  ];
  if (cases.length > 0) {
    blocks.push({ kind: "h", text: mailText(language, "preRead.cases") });
    blocks.push({ kind: "list", items: cases.map((c) => ({ text: c.title })) });
  }
  if (own.length > 0) {
    blocks.push({ kind: "p", text: mailText(language, "preRead.own", { count: own.length }) });
    blocks.push({ kind: "link", label: mailText(language, "reminder.action"), url: statusUrl });
  }
  blocks.push(signature(to));
  return { subject: mailText(language, "preRead.subject", { series: to.seriesName, date }), blocks, footer };
}
