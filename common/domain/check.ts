import type { CommandOf, EventCommand } from "./commands.js";
import { LIMITS } from "../limits.js";
import { ErrorCode, reject, type Rejection } from "../errors.js";
import type { SeriesState } from "./types.js";
import { checkMeetingCommand } from "./checkMeeting.js";
import { checkRoomCommand } from "./checkRoom.js";
import { checkRestore } from "./checkRestore.js";
import { count, exists, firstOf, fresh, keepsAFacilitator, refersTo } from "./checkHelpers.js";
import { isSetupCommand, type SetupCommand } from "./commands/setup.js";
import { assertNever } from "./assertNever.js";
import { checkRestoreItem } from "./trash/check.js";

/**
 * Checks a command against the current state: returns why it cannot be
 * applied, or null when it can. Consistency only (ids exist or are fresh,
 * limits, open sessions, open votes): who may send it is `authorizeCommand`'s
 * question, because events reach clients without their author and clients
 * lack items they may not see. `actorId` is read by `person.join` and
 * `series.restore` alone, the joining or importing person's id. Schemas
 * have checked shapes and sizes already.
 */
export function checkCommand(state: SeriesState, command: EventCommand, actorId = ""): Rejection | null {
  if (command.type === "series.create") {
    return state.seq === 0 ? null : reject(ErrorCode.conflict, "series already exists");
  }
  if (command.type === "series.restore") return checkRestore(state, command, actorId);
  if (state.seq === 0) return reject(ErrorCode.unknownSeries, "series does not exist");
  switch (command.type) {
    case "hidden":
    case "vote.counted":
      return null;
    case "person.join":
      return checkJoin(state, command, actorId);
    case "person.role":
    case "person.confirm":
    case "facilitation.handover":
    case "item.visibility":
    case "session.anonymity":
    case "room.spotlight":
    case "timer.set":
    case "timer.start":
    case "timer.pause":
    case "timer.add":
    case "timer.reset":
    case "timer.clear":
    case "room.lock":
    case "ready.set":
    case "vote.open":
    case "vote.cast":
    case "vote.reveal":
    case "vote.close":
    case "breakout.start":
    case "breakout.end":
      return checkRoomCommand(state, command);
    case "item.restore":
      return checkRestoreItem(state, command);
    default:
      return isSetupCommand(command) ? checkSetupCommand(state, command) : checkMeetingCommand(state, command);
  }
}

function checkJoin(state: SeriesState, command: CommandOf<"person.join">, personId: string): Rejection | null {
  if (personId === "") return reject(ErrorCode.conflict, "a join names the joining person");
  if (!Object.hasOwn(state.people, personId) && count(state.people) >= LIMITS.peoplePerSeries) {
    return reject(ErrorCode.limitExceeded, "too many people in this series");
  }
  const org = command.newOrg
    ? firstOf(
        fresh(state.orgs, command.newOrg.orgId, "organisation", LIMITS.orgsPerSeries),
        command.orgId === command.newOrg.orgId
          ? null
          : reject(ErrorCode.conflict, "a person joining with a new organisation belongs to it"),
      )
    : refersTo(state.orgs, command.orgId, "organisation");
  return org ?? keepsAFacilitator(state, personId, command.role);
}

function checkSetupCommand(state: SeriesState, command: SetupCommand): Rejection | null {
  switch (command.type) {
    case "series.rename":
    case "series.schedule":
      return null;
    case "person.update":
      return (
        exists(state.people, command.personId, "person") ?? refersTo(state.orgs, command.changes.orgId, "organisation")
      );
    case "org.add":
      return fresh(state.orgs, command.orgId, "organisation", LIMITS.orgsPerSeries);
    case "org.update":
      return exists(state.orgs, command.orgId, "organisation");
    case "org.remove":
      return exists(state.orgs, command.orgId, "organisation") ?? noInternalItems(state, command.orgId);
    case "goal.add":
      return firstOf(
        fresh(state.goals, command.goalId, "goal", LIMITS.goalsPerSeries),
        refersTo(state.orgs, command.values.orgId, "organisation"),
        refersTo(state.orgs, command.values.internalTo, "organisation"),
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
    default:
      return assertNever(command);
  }
}

/** Removing an organisation would leave its internal items seen by nobody: they are made shared or removed first. */
function noInternalItems(state: SeriesState, orgId: string): Rejection | null {
  const items = [...Object.values(state.cases), ...Object.values(state.agreements), ...Object.values(state.goals)];
  return items.some((i) => i.internalTo === orgId)
    ? reject(ErrorCode.conflict, "the organisation has internal items; share or remove them first")
    : null;
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
