import type { EventCommand } from "./commands.js";
import { LIMITS } from "../limits.js";
import { ErrorCode, reject, type Rejection } from "../errors.js";
import type { SeriesState } from "./types.js";
import { checkMeetingCommand } from "./checkMeeting.js";
import { count, exists, fresh, refersTo } from "./checkHelpers.js";
import { isSetupCommand, type SetupCommand } from "./commands/setup.js";
import { assertNever } from "./assertNever.js";

/**
 * Checks a command against the current state: returns why it cannot be
 * applied, or null when it can. Schemas have checked shapes and sizes already.
 */
export function checkCommand(state: SeriesState, command: EventCommand, actorId: string): Rejection | null {
  if (command.type === "series.create") {
    return state.seq === 0 ? null : reject(ErrorCode.conflict, "series already exists");
  }
  if (state.seq === 0) return reject(ErrorCode.unknownSeries, "series does not exist");
  if (command.type === "person.join") {
    if (!Object.hasOwn(state.people, actorId) && count(state.people) >= LIMITS.peoplePerSeries) {
      return reject(ErrorCode.limitExceeded, "too many people in this series");
    }
    return refersTo(state.orgs, command.orgId, "organisation");
  }
  if (!Object.hasOwn(state.people, actorId)) return reject(ErrorCode.notJoined, "join the series before editing");
  return isSetupCommand(command) ? checkSetupCommand(state, command) : checkMeetingCommand(state, command, actorId);
}

function checkSetupCommand(state: SeriesState, command: SetupCommand): Rejection | null {
  switch (command.type) {
    case "series.rename":
      return null;
    case "person.update":
      return (
        exists(state.people, command.personId, "person") ?? refersTo(state.orgs, command.changes.orgId, "organisation")
      );
    case "org.add":
      return fresh(state.orgs, command.orgId, "organisation", LIMITS.orgsPerSeries);
    case "org.update":
    case "org.remove":
      return exists(state.orgs, command.orgId, "organisation");
    case "goal.add":
      return (
        fresh(state.goals, command.goalId, "goal", LIMITS.goalsPerSeries) ??
        refersTo(state.orgs, command.values.orgId, "organisation")
      );
    case "goal.update":
      return exists(state.goals, command.goalId, "goal") ?? refersTo(state.orgs, command.changes.orgId, "organisation");
    case "goal.remove":
      return exists(state.goals, command.goalId, "goal");
    case "interest.add":
      return fresh(state.interests, command.interestId, "interest", LIMITS.interestsPerSeries);
    case "interest.update":
      return exists(state.interests, command.interestId, "interest");
    case "interest.remove": {
      const missing = exists(state.interests, command.interestId, "interest");
      if (missing) return missing;
      const used = Object.values(state.collisions).some((c) => c.interestIds.includes(command.interestId));
      return used
        ? reject(ErrorCode.conflict, "the interest is part of a collision; remove the collision first")
        : null;
    }
    case "interests.starter":
      return checkStarter(state, command);
    case "collision.add":
      return checkCollision(state, command);
    case "collision.remove":
      return exists(state.collisions, command.collisionId, "collision");
    case "person.join":
      return null;
    default:
      return assertNever(command);
  }
}

function checkStarter(
  state: SeriesState,
  command: Extract<EventCommand, { type: "interests.starter" }>,
): Rejection | null {
  if (state.starterCatalog !== "offered") return reject(ErrorCode.conflict, "the starter catalog was already answered");
  const ids = command.interests.map((i) => i.interestId);
  if (new Set(ids).size !== ids.length || ids.some((id) => Object.hasOwn(state.interests, id))) {
    return reject(ErrorCode.duplicateId, "interest id already used");
  }
  if (count(state.interests) + ids.length > LIMITS.interestsPerSeries) {
    return reject(ErrorCode.limitExceeded, "too many interests in this series");
  }
  return command.decision === "skip" && ids.length > 0
    ? reject(ErrorCode.conflict, "skipping takes no interests")
    : null;
}

function checkCollision(
  state: SeriesState,
  command: Extract<EventCommand, { type: "collision.add" }>,
): Rejection | null {
  const fail = fresh(state.collisions, command.collisionId, "collision", LIMITS.collisionsPerSeries);
  if (fail) return fail;
  const interests = command.interestIds.map((id) => state.interests[id]);
  if (interests.some((i) => i === undefined)) return reject(ErrorCode.notFound, "interest not found");
  const sides = new Set(interests.map((i) => i?.side));
  if (sides.size < 2) return reject(ErrorCode.conflict, "a collision needs interests of different sides");
  const key = [...command.interestIds].sort().join(",");
  const same = Object.values(state.collisions).some((c) => [...c.interestIds].sort().join(",") === key);
  return same ? reject(ErrorCode.duplicateId, "this collision exists already; reuse it") : null;
}
