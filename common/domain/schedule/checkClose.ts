import { ErrorCode, reject, type Rejection } from "../../errors.js";
import { LIMITS } from "../../limits.js";
import { firstOf, fresh, refersTo } from "../checkHelpers.js";
import type { CommandOf } from "../commands.js";
import { checkNewAgenda } from "../templates/check.js";
import type { SeriesState } from "../types.js";

/**
 * What a close may make: a next session under a new id whose organisation
 * exists (and whose agenda's owners do), and a carry into that session or another one still planned (open,
 * not cancelled, not the one closing).
 */
export function checkCloseFollowUp(state: SeriesState, command: CommandOf<"session.close">): Rejection | null {
  const { next, carry } = command;
  const made = next
    ? firstOf(
        fresh(state.sessions, next.sessionId, "session", LIMITS.sessionsPerSeries),
        refersTo(state.orgs, next.values.hostOrgId, "organisation"),
        checkNewAgenda(state, next.agenda),
      )
    : null;
  if (made) return made;
  if (!carry) return null;
  if (next && carry.to === next.sessionId) return null;
  const target = Object.hasOwn(state.sessions, carry.to) ? state.sessions[carry.to] : undefined;
  if (!target) return reject(ErrorCode.notFound, "the session to carry cases into does not exist");
  if (target.id === command.sessionId || target.closedSeq !== null || target.cancelled === true) {
    return reject(ErrorCode.conflict, "cases are carried into a session still planned");
  }
  return null;
}
