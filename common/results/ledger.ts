import { perYear, type MarginEffect, type RealisedEffect } from "../domain/agreements/effect.js";
import { ownerSides } from "../domain/rules/people.js";
import { sessionsInOrder } from "../domain/rules/sessions.js";
import type { Agreement, Review, SeriesState } from "../domain/types.js";
import { itemOrg } from "../domain/visibility/itemOrg.js";
import { ItemKind, Side } from "../domain/vocabulary.js";

/** The latest realised effect of a ledger line, with the session that found it. */
export type LedgerRealised = RealisedEffect & { sessionId: string };

/**
 * One line of the profit ledger: an agreement with all its revisions (a
 * revision carries the line forward), as its latest version states it.
 */
export interface LedgerLine {
  /** The latest version of the agreement. */
  agreementId: string;
  text: string;
  /** Every version, oldest first. */
  agreementIds: string[];
  side: Side;
  /** The organisation the line belongs to: its internal organisation, its case's, its maker's; null for none. */
  orgId: string | null;
  /** The latest stated expectation, null when none is stated. */
  expected: MarginEffect | null;
  /** The expectation in € per year. */
  expectedPerYear: number | null;
  /** What the latest review that said anything about it found; null before. */
  realised: LedgerRealised | null;
  /** The measured effect in € per year; null when not measured (yet or at all). */
  realisedPerYear: number | null;
  /** The cases that led to it (any version). */
  caseIds: string[];
}

/** The sums of a group of lines: € per year, and the cases' margin impact. */
export interface LedgerSums {
  lines: number;
  expectedPerYear: number;
  realisedPerYear: number;
  /** Lines whose latest review found the effect not measurable. */
  notMeasurable: number;
  /** Σ margin impact of the distinct cases that led to the lines (as the cases state it, once). */
  caseMargin: number;
}

/** A group of lines by side or by organisation. */
export interface LedgerGroup<K> extends LedgerSums {
  key: K;
}

/** One session of the ledger: what it agreed and measured, and where the series stood after it. */
export interface LedgerSession {
  sessionId: string;
  date: string;
  /** Σ € per year newly expected by the agreements made in this session (a revision: its change to the line). */
  expectedPerYear: number;
  /** Σ € per year measured at this session's reviews. */
  realisedPerYear: number;
  /** Σ margin impact of the cases that first led to a line of the ledger in this session. */
  caseMargin: number;
  /** After this session: every line with its latest expectation and measurement up to here. */
  cumulative: LedgerSums;
}

/** "Unterm Strich": expected vs realised margin effect per line, per session, by side and by organisation. */
export interface ProfitLedger {
  lines: LedgerLine[];
  sessions: LedgerSession[];
  bySide: LedgerGroup<Side>[];
  byOrg: LedgerGroup<string | null>[];
  total: LedgerSums;
}

/** The first version of an agreement's chain of revisions (among those the state holds). */
function rootOf(state: SeriesState, agreement: Agreement): string {
  let current = agreement;
  const seen = new Set<string>([current.id]);
  while (current.predecessorId !== null) {
    const previous = state.agreements[current.predecessorId];
    if (!previous || seen.has(previous.id)) break;
    seen.add(previous.id);
    current = previous;
  }
  return current.id;
}

function sideOf(state: SeriesState, agreement: Agreement): Side {
  const sides = ownerSides(state, agreement);
  const [only] = sides;
  return sides.size === 1 && only !== undefined ? only : Side.shared;
}

interface Chain {
  versions: Agreement[];
  reviews: Review[];
}

/** Orders by session (in series order; agreements made between sessions first), then by sequence. */
function chainsOf(state: SeriesState, sessionIndex: ReadonlyMap<string, number>): Chain[] {
  const at = (sessionId: string | null) => (sessionId === null ? -1 : (sessionIndex.get(sessionId) ?? -1));
  const chains = new Map<string, Chain>();
  for (const agreement of Object.values(state.agreements)) {
    const root = rootOf(state, agreement);
    const chain = chains.get(root) ?? { versions: [], reviews: [] };
    chain.versions.push(agreement);
    chains.set(root, chain);
  }
  const reviews = Object.values(state.reviews).filter((r) => r.realisedEffect);
  for (const review of reviews) {
    const agreement = state.agreements[review.agreementId];
    if (agreement) chains.get(rootOf(state, agreement))?.reviews.push(review);
  }
  for (const chain of chains.values()) {
    chain.versions.sort((a, b) => at(a.sessionId) - at(b.sessionId) || a.createdSeq - b.createdSeq);
    chain.reviews.sort((a, b) => at(a.sessionId) - at(b.sessionId) || a.updatedSeq - b.updatedSeq);
  }
  return [...chains.values()];
}

/** The line of a chain as it stood after the session at `upTo` (all of it for Infinity); null when it says no €. */
function lineOf(
  state: SeriesState,
  chain: Chain,
  sessionIndex: ReadonlyMap<string, number>,
  upTo: number,
): LedgerLine | null {
  const at = (sessionId: string | null) => (sessionId === null ? -1 : (sessionIndex.get(sessionId) ?? -1));
  const versions = chain.versions.filter((a) => at(a.sessionId) <= upTo);
  const latest = versions.at(-1);
  if (!latest) return null;
  const expected = versions.findLast((a) => a.effect)?.effect ?? null;
  const review = chain.reviews.findLast((r) => at(r.sessionId) <= upTo);
  const realised = review?.realisedEffect ? { ...review.realisedEffect, sessionId: review.sessionId } : null;
  if (expected === null && realised === null) return null;
  const caseIds = [...new Set(versions.flatMap((a) => (a.caseId !== null && state.cases[a.caseId] ? [a.caseId] : [])))];
  return {
    agreementId: latest.id,
    text: latest.text,
    agreementIds: versions.map((a) => a.id),
    side: sideOf(state, latest),
    orgId: latest.internalTo ?? itemOrg(state, ItemKind.agreement, latest.id),
    expected,
    expectedPerYear: expected ? perYear(expected) : null,
    realised,
    realisedPerYear: realised?.measured ? perYear(realised) : null,
    caseIds,
  };
}

/** What an agreement adds to its line's expectation: all of it, or for a revision the change to its predecessor's. */
function expectationAdded(state: SeriesState, agreement: Agreement): number {
  const own = agreement.effect ? perYear(agreement.effect) : 0;
  const previous = agreement.predecessorId === null ? undefined : state.agreements[agreement.predecessorId];
  return previous?.effect ? own - perYear(previous.effect) : own;
}

function caseMarginOf(state: SeriesState, caseIds: Iterable<string>): number {
  let sum = 0;
  for (const id of new Set(caseIds)) sum += state.cases[id]?.marginImpact ?? 0;
  return sum;
}

function sumsOf(state: SeriesState, lines: readonly LedgerLine[]): LedgerSums {
  return {
    lines: lines.length,
    expectedPerYear: lines.reduce((sum, l) => sum + (l.expectedPerYear ?? 0), 0),
    realisedPerYear: lines.reduce((sum, l) => sum + (l.realisedPerYear ?? 0), 0),
    notMeasurable: lines.filter((l) => l.realised?.measured === false).length,
    caseMargin: caseMarginOf(
      state,
      lines.flatMap((l) => l.caseIds),
    ),
  };
}

function groupsOf<K>(state: SeriesState, lines: readonly LedgerLine[], keyOf: (l: LedgerLine) => K): LedgerGroup<K>[] {
  const groups = new Map<K, LedgerLine[]>();
  for (const line of lines) {
    const key = keyOf(line);
    groups.set(key, [...(groups.get(key) ?? []), line]);
  }
  return [...groups.entries()].map(([key, members]) => ({ key, ...sumsOf(state, members) }));
}

const SIDE_ORDER: readonly Side[] = [Side.sales, Side.operations, Side.shared];

/**
 * The profit ledger of the series as the given state shows it. Pass the
 * viewer's projected state: every sum is made from the lines that state
 * holds, so another organisation's internal agreement adds nothing anywhere,
 * and no total is larger than what its visible lines add up to.
 * Effects are compared in € per year (a monthly figure counts twelve times).
 */
export function profitLedger(state: SeriesState): ProfitLedger {
  const ordered = sessionsInOrder(state);
  const sessionIndex = new Map(ordered.map((s, i) => [s.id, i]));
  const chains = chainsOf(state, sessionIndex);
  const linesUpTo = (upTo: number) => chains.flatMap((chain) => lineOf(state, chain, sessionIndex, upTo) ?? []);
  const lines = linesUpTo(Infinity);
  let casesBefore = new Set(lines.length === 0 ? [] : linesUpTo(-1).flatMap((l) => l.caseIds));
  const sessions = ordered.map((session, i): LedgerSession => {
    const made = Object.values(state.agreements).filter((a) => a.sessionId === session.id);
    const upTo = linesUpTo(i);
    const cases = new Set(upTo.flatMap((l) => l.caseIds));
    const newCases = [...cases].filter((id) => !casesBefore.has(id));
    casesBefore = cases;
    const measured = Object.values(state.reviews).filter(
      (r) => r.sessionId === session.id && r.realisedEffect?.measured && state.agreements[r.agreementId],
    );
    return {
      sessionId: session.id,
      date: session.date,
      expectedPerYear: made.reduce((sum, a) => sum + expectationAdded(state, a), 0),
      realisedPerYear: measured.reduce(
        (sum, r) => sum + (r.realisedEffect?.measured ? perYear(r.realisedEffect) : 0),
        0,
      ),
      caseMargin: caseMarginOf(state, newCases),
      cumulative: sumsOf(state, upTo),
    };
  });
  const bySide = groupsOf(state, lines, (l) => l.side).sort(
    (a, b) => SIDE_ORDER.indexOf(a.key) - SIDE_ORDER.indexOf(b.key),
  );
  const orgName = (id: string | null) => (id === null ? "" : (state.orgs[id]?.name ?? ""));
  const byOrg = groupsOf(state, lines, (l) => l.orgId).sort(
    (a, b) => Number(a.key === null) - Number(b.key === null) || orgName(a.key).localeCompare(orgName(b.key)),
  );
  return { lines, sessions, bySide, byOrg, total: sumsOf(state, lines) };
}
