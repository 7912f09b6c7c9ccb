import { nanoid } from "nanoid";
import type { ClientCommand } from "@common/domain/commands.js";
import type { SeriesState } from "@common/domain/types.js";
import { LIMITS } from "@common/limits.js";
import { AgreementStatus, NoteList } from "@common/domain/vocabulary.js";

/** Random numbers in [0, 1); Math.random by default. */
export type Random = () => number;

/** One item of a list, picked at random; undefined for an empty list. */
export function pick<T>(items: readonly T[], random: Random = Math.random): T | undefined {
  return items[Math.floor(random() * items.length)];
}

/** `size` distinct items of a list, in random order (a partial Fisher–Yates shuffle). */
export function sample<T>(items: readonly T[], size: number, random: Random = Math.random): T[] {
  const copy = [...items];
  const taken = Math.min(size, copy.length);
  for (let i = 0; i < taken; i += 1) {
    const j = i + Math.floor(random() * (copy.length - i));
    const here = copy[i];
    const there = copy[j];
    if (here === undefined || there === undefined) continue;
    copy[i] = there;
    copy[j] = here;
  }
  return copy.slice(0, taken);
}

const PHRASES = [
  "Eilauftrag ohne Rücksprache mit der Feinplanung zugesagt",
  "Liefertermin um zwei Tage verschoben, Kunde informiert",
  "Sonderformat kurzfristig eingeschoben, Rüstzeit Linie 2 verdoppelt",
  "Aktionsmenge zu spät gemeldet, Lager lief leer",
  "Etiketten nach Freigabe noch einmal geändert",
  "Musterlieferung ohne Kostenfreigabe verschickt",
  "Prognose wöchentlich abgestimmt, Abweichung halbiert",
  "Kapazitätsreserve hat zwei Eilaufträge aufgefangen",
];

/** A line of realistic text, a few words to a few sentences long. */
export function someText(random: Random = Math.random): string {
  const sentences = 1 + Math.floor(random() * 3);
  return Array.from({ length: sentences }, () => `${pick(PHRASES, random) ?? PHRASES[0]}.`).join(" ");
}

const EDITABLE_CASE_FIELDS = ["description", "customer", "salesView", "operationsView", "marginImpact", "delayDays"];

function caseEdit(state: SeriesState, random: Random): ClientCommand | null {
  const caseId = pick(Object.keys(state.cases), random);
  if (!caseId) return null;
  const field = pick(EDITABLE_CASE_FIELDS, random);
  const value = Math.round((random() - 0.3) * 20_000);
  switch (field) {
    case "marginImpact":
      return { type: "case.update", caseId, changes: { marginImpact: value } };
    case "delayDays":
      return { type: "case.update", caseId, changes: { delayDays: Math.abs(value) % 30 } };
    case "customer":
      return { type: "case.update", caseId, changes: { customer: `Handelskette ${Math.abs(value) % 40}` } };
    case "salesView":
      return { type: "case.update", caseId, changes: { salesView: someText(random) } };
    case "operationsView":
      return { type: "case.update", caseId, changes: { operationsView: someText(random) } };
    default:
      return { type: "case.update", caseId, changes: { description: someText(random) } };
  }
}

function note(state: SeriesState, random: Random): ClientCommand | null {
  const theCase = pick(Object.values(state.cases), random);
  const list = pick(Object.values(NoteList), random);
  if (!theCase || !list) return null;
  const notes =
    list === NoteList.wentWell
      ? theCase.wentWell
      : list === NoteList.wentWrong
        ? theCase.wentWrong
        : theCase.betterNext;
  // Leave room below the limit: others may be adding to the same list right now.
  if (notes.length >= LIMITS.notesPerList - 10) return null;
  return { type: "case.note.add", caseId: theCase.id, list, noteId: nanoid(), text: someText(random) };
}

function statusUpdate(state: SeriesState, personId: string, random: Random): ClientCommand | null {
  const owned = Object.values(state.agreements).filter((a) => a.ownerIds.includes(personId));
  const agreement = pick(owned, random);
  const status = pick(Object.values(AgreementStatus), random);
  if (!agreement || !status) return null;
  if (agreement.updates.length >= LIMITS.statusUpdatesPerAgreement - 10) return null;
  return { type: "agreement.status", agreementId: agreement.id, status, comment: someText(random) };
}

/**
 * A dot on a case the person has no dot on yet, while the vote is open and
 * they have dots left; null otherwise.
 */
export function dot(
  state: SeriesState,
  ballot: ReadonlySet<string>,
  random: Random = Math.random,
): ClientCommand | null {
  const voting = state.room.voting;
  if (voting?.state !== "open" || ballot.size >= voting.dotsPerPerson) return null;
  const free = Object.values(state.cases)
    .filter((c) => c.sessionId === voting.sessionId && !ballot.has(c.id))
    .map((c) => c.id);
  const itemId = pick(free, random);
  return itemId ? { type: "vote.cast", itemId, delta: 1 } : null;
}

/**
 * What a participant of a workshop does next: edit a case field (35 %), add
 * a note (30 %), put a dot while a vote is open (20 %), or report the status
 * of an agreement they own (15 %); whatever does not fit now falls back to a
 * case edit.
 */
export function nextCommand(
  state: SeriesState,
  personId: string,
  ballot: ReadonlySet<string> | null,
  random: Random = Math.random,
): ClientCommand | null {
  const roll = random();
  const chosen =
    roll < 0.35
      ? null
      : roll < 0.65
        ? note(state, random)
        : roll < 0.85
          ? ballot && dot(state, ballot, random)
          : statusUpdate(state, personId, random);
  return chosen ?? caseEdit(state, random);
}
