import type { SetupCommand } from "../commands/setup.js";
import { assertNever } from "../assertNever.js";
import { EntityKind, type Goal, type SeriesState } from "../types.js";
import { Better, ItemKind, Role } from "../vocabulary.js";
import { forgetItem, mapRecord, put, without, withEdits, withoutEditsOf, type Context } from "./helpers.js";

/** Applies a setup command that passed its checks. */
export function reduceSetup(state: SeriesState, command: SetupCommand, ctx: Context): SeriesState {
  switch (command.type) {
    case "series.rename":
      return withEdits({ ...state, name: command.name }, EntityKind.series, state.id, ["name"], ctx);
    case "series.schedule":
      return withEdits({ ...state, schedule: command.schedule }, EntityKind.series, state.id, ["schedule"], ctx);
    case "person.update": {
      const person = state.people[command.personId];
      if (!person) return state;
      const moved = command.changes.orgId !== undefined && command.changes.orgId !== person.orgId;
      // A facilitator who moves someone vouches for it; anyone else's move waits for a confirmation.
      const mover = Object.hasOwn(state.people, ctx.actorId) ? state.people[ctx.actorId] : undefined;
      const orgConfirmed = moved
        ? command.changes.orgId === null || mover?.role === Role.facilitator
        : person.orgConfirmed;
      const people = put(state.people, command.personId, { ...person, ...command.changes, orgConfirmed });
      return withEdits({ ...state, people }, EntityKind.person, command.personId, Object.keys(command.changes), ctx);
    }
    case "org.add":
      return {
        ...state,
        orgs: put(state.orgs, command.orgId, { id: command.orgId, name: command.name, createdSeq: ctx.seq }),
      };
    case "org.update": {
      const org = state.orgs[command.orgId];
      if (!org) return state;
      const orgs = put(state.orgs, command.orgId, { ...org, ...command.changes });
      return withEdits({ ...state, orgs }, EntityKind.org, command.orgId, Object.keys(command.changes), ctx);
    }
    case "org.remove":
      return withoutEditsOf(removeOrg(state, command.orgId), EntityKind.org, command.orgId);
    case "goal.add":
      return { ...state, goals: put(state.goals, command.goalId, newGoal(command.goalId, command.values, ctx)) };
    case "goal.update": {
      const goal = state.goals[command.goalId];
      if (!goal) return state;
      const goals = put(state.goals, command.goalId, { ...goal, ...command.changes });
      return withEdits({ ...state, goals }, EntityKind.goal, command.goalId, Object.keys(command.changes), ctx);
    }
    case "goal.remove":
      return withoutEditsOf(
        forgetItem(removeGoal(state, command.goalId), ItemKind.goal, command.goalId),
        EntityKind.goal,
        command.goalId,
      );
    case "interest.add":
      return {
        ...state,
        interests: put(state.interests, command.interestId, {
          id: command.interestId,
          side: command.side,
          label: command.label,
          createdSeq: ctx.seq,
        }),
      };
    case "interest.update": {
      const interest = state.interests[command.interestId];
      if (!interest) return state;
      const interests = put(state.interests, command.interestId, { ...interest, ...command.changes });
      return withEdits(
        { ...state, interests },
        EntityKind.interest,
        command.interestId,
        Object.keys(command.changes),
        ctx,
      );
    }
    case "interest.remove":
      return withoutEditsOf(
        { ...state, interests: without(state.interests, command.interestId) },
        EntityKind.interest,
        command.interestId,
      );
    case "interests.starter": {
      let interests = state.interests;
      for (const i of command.interests) {
        interests = put(interests, i.interestId, {
          id: i.interestId,
          side: i.side,
          label: i.label,
          createdSeq: ctx.seq,
        });
      }
      return { ...state, interests, starterCatalog: command.decision === "take" ? "taken" : "skipped" };
    }
    case "collision.add":
      return {
        ...state,
        collisions: put(state.collisions, command.collisionId, {
          id: command.collisionId,
          interestIds: command.interestIds,
          createdSeq: ctx.seq,
        }),
      };
    case "collision.remove":
      return {
        ...state,
        collisions: without(state.collisions, command.collisionId),
        cases: mapRecord(state.cases, (c) => ({
          ...c,
          collisionIds: c.collisionIds.filter((id) => id !== command.collisionId),
        })),
        agreements: mapRecord(state.agreements, (a) =>
          a.collisionId === command.collisionId ? { ...a, collisionId: null } : a,
        ),
      };
    default:
      return assertNever(command);
  }
}

function newGoal(id: string, values: Partial<Goal> & { title: string }, ctx: Context): Goal {
  return {
    orgId: null,
    why: "",
    kpiName: "",
    kpiUnit: "",
    baseline: null,
    target: null,
    better: Better.higher,
    horizon: "",
    salesMeaning: "",
    operationsMeaning: "",
    internalTo: null,
    ...values,
    id,
    createdSeq: ctx.seq,
  };
}

function removeOrg(state: SeriesState, orgId: string): SeriesState {
  const detach = <T extends { orgId: string | null }>(x: T): T => (x.orgId === orgId ? { ...x, orgId: null } : x);
  return {
    ...state,
    orgs: without(state.orgs, orgId),
    people: mapRecord(state.people, detach),
    goals: mapRecord(state.goals, detach),
    cases: mapRecord(state.cases, detach),
    sessions: mapRecord(state.sessions, (s) => (s.hostOrgId === orgId ? { ...s, hostOrgId: null } : s)),
  };
}

function removeGoal(state: SeriesState, goalId: string): SeriesState {
  return {
    ...state,
    goals: without(state.goals, goalId),
    cases: mapRecord(state.cases, (c) => ({ ...c, goalIds: c.goalIds.filter((id) => id !== goalId) })),
    agreements: mapRecord(state.agreements, (a) => ({ ...a, goalIds: a.goalIds.filter((id) => id !== goalId) })),
    reviews: mapRecord(state.reviews, (r) => ({ ...r, fit: without(r.fit, goalId) })),
  };
}
