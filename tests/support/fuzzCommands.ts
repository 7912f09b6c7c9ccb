import type { ClientCommand, ClientCommandType } from "@common/domain/commands.js";
import type { SeriesState } from "@common/domain/types.js";
import { CLIENT_SAMPLES } from "../common/samples.js";
import type { Prng } from "./prng.js";

/** Every client command type: the fuzz draws from all of them. */
export const COMMAND_TYPES = Object.keys(CLIENT_SAMPLES) as ClientCommandType[];

/** Which collection of the state an id field names. */
const ID_FIELDS: Record<string, keyof SeriesState> = {
  caseId: "cases",
  agreementId: "agreements",
  goalId: "goals",
  sessionId: "sessions",
  personId: "people",
  orgId: "orgs",
  internalTo: "orgs",
  interestId: "interests",
  collisionId: "collisions",
  memberIds: "people",
  interestIds: "interests",
  goalIds: "goals",
  ownerIds: "people",
  caseIds: "cases",
};

/** Free text a person types: these fields get fresh words, so concurrent edits differ. */
const TEXT_FIELDS = new Set(["name", "title", "text", "label", "why", "place", "comment", "correction"]);
const WORDS = ["Eilauftrag", "Forecast", "Rüstzeit", "Liefertreue", "Sonderformat", "Marge", "Planung", "Reklamation"];

/** The field naming the item an adding command makes: its id is a new one; every other id names an existing item. */
const ADDED: Partial<Record<ClientCommandType, string>> = {
  "org.add": "orgId",
  "goal.add": "goalId",
  "interest.add": "interestId",
  "collision.add": "collisionId",
  "session.add": "sessionId",
  "case.add": "caseId",
  "case.note.add": "noteId",
  "case.mirror.add": "mirrorId",
  "agreement.add": "agreementId",
};

/** Fields that always name a new item wherever they appear (a revised agreement's successor, a breakout group). */
const ALWAYS_NEW = new Set(["groupId"]);

/** Ids of the notes and mirror statements of a case (or of every case). */
function partIds(state: SeriesState, caseId: string | undefined, part: "notes" | "mirrors"): string[] {
  const cases = caseId && Object.hasOwn(state.cases, caseId) ? [state.cases[caseId]] : Object.values(state.cases);
  return cases.flatMap((c) =>
    c ? (part === "mirrors" ? c.mirrors : [...c.wentWell, ...c.wentWrong, ...c.betterNext]).map((n) => n.id) : [],
  );
}

/**
 * A command of the given type shaped like its sample, with the sample's ids
 * replaced: an id the sample room holds by an item of the same kind in the
 * sender's view (or, now and then, one that does not exist), a new item's id
 * by a fresh one; texts by other words. What comes out may well be refused
 * by the rules — the fuzz checks that every refusal is one the rules make.
 */
export function commandFor(type: ClientCommandType, view: SeriesState, rng: Prng): ClientCommand {
  const sample = CLIENT_SAMPLES[type];
  let caseId: string | undefined;
  const vary = (key: string, value: unknown, depth: number): unknown => {
    if (typeof value === "string") {
      if (TEXT_FIELDS.has(key)) return `${rng.pick(WORDS) ?? "x"} ${rng.below(100)}`;
      if (key === "noteId" || key === "mirrorId" || key === "itemId" || key === "targetId" || key in ID_FIELDS) {
        const fresh =
          ALWAYS_NEW.has(key) || (depth === 1 && ADDED[type] === key) || (depth > 1 && key === "agreementId");
        const chosen = fresh ? rng.id(value.split("-")[0] ?? "item") : existingId(key, value, view, rng, caseId);
        if (key === "caseId") caseId = chosen;
        return chosen;
      }
      return value;
    }
    if (Array.isArray(value)) return value.map((v) => vary(key in ID_FIELDS ? key : "", v, depth + 1));
    if (value !== null && typeof value === "object") {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, vary(k, v, depth + 1)]));
    }
    return value;
  };
  return vary("", sample, 0) as ClientCommand;
}

/** An item of the kind the field names, from the sender's view; now and then one that does not exist. */
function existingId(
  key: string,
  sampleValue: string,
  view: SeriesState,
  rng: Prng,
  caseId: string | undefined,
): string {
  if (rng.chance(0.05)) return rng.id(sampleValue.split("-")[0] ?? "item");
  let candidates: string[];
  if (key === "noteId") candidates = partIds(view, caseId, "notes");
  else if (key === "mirrorId") candidates = partIds(view, caseId, "mirrors");
  else if (key === "itemId" || key === "targetId") {
    const kind = sampleValue.split("-")[0];
    candidates = Object.keys(kind === "goal" ? view.goals : kind === "agreement" ? view.agreements : view.cases);
  } else {
    const collection = ID_FIELDS[key];
    candidates = collection ? Object.keys(view[collection] as Record<string, unknown>) : [];
  }
  return rng.pick(candidates) ?? rng.id(sampleValue.split("-")[0] ?? "item");
}
