import { assertNever } from "@common/domain/assertNever.js";
import { PersonFunction, Phase, SessionKind, Side } from "@common/domain/vocabulary.js";
import type { MessageKey } from "../../i18n/i18n.js";

/** The catalog key naming a person's function. */
export function functionKey(fn: PersonFunction): MessageKey {
  switch (fn) {
    case PersonFunction.sales:
      return "setup.function.sales";
    case PersonFunction.salesOperations:
      return "setup.function.salesOperations";
    case PersonFunction.operations:
      return "setup.function.operations";
    case PersonFunction.logistics:
      return "setup.function.logistics";
    case PersonFunction.management:
      return "setup.function.management";
    case PersonFunction.other:
      return "setup.function.other";
    default:
      return assertNever(fn);
  }
}

/** The catalog key naming a side (no side: "neither"). */
export function sideKey(side: Side | null): MessageKey {
  switch (side) {
    case Side.sales:
      return "setup.side.sales";
    case Side.operations:
      return "setup.side.operations";
    case Side.shared:
      return "setup.side.shared";
    case null:
      return "setup.side.none";
    default:
      return assertNever(side);
  }
}

/** The catalog key naming a session kind. */
export function sessionKindKey(kind: SessionKind): MessageKey {
  switch (kind) {
    case SessionKind.internal:
      return "sessions.kind.internal";
    case SessionKind.workshop:
      return "sessions.kind.workshop";
    case SessionKind.peerVisit:
      return "sessions.kind.peerVisit";
    default:
      return assertNever(kind);
  }
}

/** The catalog key naming an agenda phase. */
export function phaseKey(phase: Phase): MessageKey {
  switch (phase) {
    case Phase.checkIn:
      return "sessions.phase.checkIn";
    case Phase.review:
      return "sessions.phase.review";
    case Phase.cases:
      return "sessions.phase.cases";
    case Phase.agreements:
      return "sessions.phase.agreements";
    case Phase.close:
      return "sessions.phase.close";
    default:
      return assertNever(phase);
  }
}

export const FUNCTIONS: readonly PersonFunction[] = Object.values(PersonFunction);
export const SIDES: readonly Side[] = [Side.sales, Side.operations, Side.shared];
export const SESSION_KINDS: readonly SessionKind[] = Object.values(SessionKind);
