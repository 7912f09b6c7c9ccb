import type { ClientCommand } from "../commands.js";
import type { AgendaItem, SeriesState, Session } from "../types.js";
import { plannedAfter, plannedNext, undiscussedCases } from "./plannedNext.js";

/** What the facilitator chose for a case nobody spoke to; "move" unless they said otherwise. */
export type CaseChoice = "move" | "keep" | "drop";

/**
 * The close as the facilitator confirms it: the next session made when none
 * is planned (from the chosen date or the cadence, under `newSessionId`), and
 * the open cases carried into the planned session as chosen (moved by
 * default; kept ones are not named). Without a next session the cases stay.
 * A session it makes starts with `agenda` (the series' template, made with
 * `agendaFromTemplate`).
 */
export function closeCommand(
  state: SeriesState,
  session: Session,
  choices: Readonly<Record<string, CaseChoice>>,
  confirmUndecided: boolean,
  newSessionId: string,
  agenda: readonly AgendaItem[] = [],
): Extract<ClientCommand, { type: "session.close" }> {
  const planned = plannedAfter(state, session);
  const made = planned === null ? plannedNext(state, session) : null;
  const next =
    made === null
      ? undefined
      : { sessionId: newSessionId, values: made.values, ...(agenda.length > 0 ? { agenda: [...agenda] } : {}) };
  const to = planned?.id ?? next?.sessionId;
  const cases = Object.fromEntries(
    undiscussedCases(state, session.id).flatMap((item) => {
      const choice = choices[item.id] ?? "move";
      return choice === "keep" ? [] : [[item.id, choice] as const];
    }),
  );
  const carry = to !== undefined && Object.keys(cases).length > 0 ? { to, cases } : undefined;
  return {
    type: "session.close",
    sessionId: session.id,
    confirmUndecided,
    ...(next ? { next } : {}),
    ...(carry ? { carry } : {}),
  };
}
