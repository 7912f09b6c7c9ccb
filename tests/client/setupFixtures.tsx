import { vi } from "vitest";
import type { ReactNode } from "react";
import type { ClientCommand } from "@common/domain/commands.js";
import { emptySeries, type Agreement, type Goal, type SeriesState, type Session } from "@common/domain/types.js";
import { createAppStore, DocumentPhase } from "../../client/src/store/store.js";
import { renderWithStore } from "./support/render.js";
import { ALICE, SERIES_ID } from "./support/series.js";

/** A series state built by hand, so these views are tested apart from the reducers. */
export function makeState(parts: Partial<SeriesState> = {}): SeriesState {
  return {
    ...emptySeries(SERIES_ID),
    name: "Werk Nord",
    seq: 10,
    people: {
      [ALICE]: {
        id: ALICE,
        name: "Alice Adler",
        orgId: null,
        function: "sales",
        role: "facilitator",
        orgConfirmed: true,
        joinedSeq: 1,
      },
    },
    ...parts,
  };
}

export function makeGoal(id: string, values: Partial<Goal> = {}): Goal {
  return {
    id,
    orgId: null,
    title: "Deckungsbeitrag je Auftrag",
    why: "",
    kpiName: "",
    kpiUnit: "",
    baseline: null,
    target: null,
    better: "higher",
    horizon: "",
    salesMeaning: "",
    operationsMeaning: "",
    internalTo: null,
    createdSeq: 2,
    ...values,
  };
}

export function makeSession(id: string, values: Partial<Session> = {}): Session {
  return {
    id,
    date: "2025-03-01",
    place: "",
    kind: "internal",
    hostOrgId: null,
    phase: "check_in",
    closedSeq: null,
    nextDate: "",
    summary: "",
    anonymity: {},
    createdSeq: 3,
    ...values,
  };
}

export function makeAgreement(id: string, values: Partial<Agreement> = {}): Agreement {
  return {
    id,
    text: "Eilaufträge nur nach Rücksprache",
    level: "operational",
    ownerIds: [],
    due: "",
    goalIds: [],
    caseId: null,
    collisionId: null,
    outcome: "",
    status: "open",
    updates: [],
    sessionId: null,
    predecessorId: null,
    internalTo: null,
    createdBy: ALICE,
    createdSeq: 4,
    ...values,
  };
}

/** Renders a view of the series as Alice, recording the commands it sends. */
export function renderView(ui: ReactNode, state: SeriesState) {
  const sent: ClientCommand[] = [];
  const sync = {
    send: vi.fn((c: ClientCommand) => void sent.push(c)),
    setFocus: vi.fn(),
    setTyping: vi.fn(),
    access: vi.fn(async () => null),
  };
  const store = createAppStore();
  store.setState({
    document: {
      seriesId: SERIES_ID,
      me: ALICE,
      phase: DocumentPhase.ready,
      confirmedSeq: state.seq,
      view: state,
      serverOffsetMs: 0,
    },
  });
  const result = renderWithStore(ui, { store, sync });
  return { ...result, sent };
}
