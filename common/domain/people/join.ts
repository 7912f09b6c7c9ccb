import { ErrorCode, reject } from "../../errors.js";
import { LIMITS } from "../../limits.js";
import { count, firstOf, fresh, keepsAFacilitator, refersTo } from "../checkHelpers.js";
import type { CommandOf } from "../commands.js";
import { put } from "../reduce/helpers.js";
import type { CommandSpec } from "../spec.js";
import { touchesNothing } from "../visibility/itemRefs.js";

/** A person joins (or joins again); the server issues it, the event's actor being the person. */
export const personJoin: CommandSpec<CommandOf<"person.join">> = {
  check(state, command, personId) {
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
  },
  reduce(state, command, ctx) {
    const existing = Object.hasOwn(state.people, ctx.actorId) ? state.people[ctx.actorId] : undefined;
    const orgs = command.newOrg
      ? put(state.orgs, command.newOrg.orgId, {
          id: command.newOrg.orgId,
          name: command.newOrg.name,
          createdSeq: ctx.seq,
        })
      : state.orgs;
    const person = {
      id: ctx.actorId,
      name: command.name,
      orgId: command.orgId,
      function: command.function,
      role: command.role,
      orgConfirmed: command.confirmed || command.newOrg !== undefined || command.orgId === null,
      joinedSeq: existing?.joinedSeq ?? ctx.seq,
    };
    return { ...state, orgs, people: put(state.people, ctx.actorId, person) };
  },
  touches: touchesNothing,
};
