import type { CommandOf } from "../commands.js";
import { EntityKind, fieldKey, type Person, type SeriesState } from "../types.js";
import { Role } from "../vocabulary.js";
import { mapRecord, put, type Context } from "./helpers.js";
import { shiftedTrash } from "../trash/backup.js";
import { shiftedVisits } from "../stations/backup.js";

/**
 * The backed-up series as the new series' state: the same content under the
 * new series' id. Its sequence numbers are moved down by the backup's head,
 * so every restored item counts as made before this series' first event and
 * keeps its order (later items, reviews and closings compare by them). The
 * importer facilitates: as the person of the backup they are, or as a new one.
 */
export function reduceRestore(state: SeriesState, command: CommandOf<"series.restore">, ctx: Context): SeriesState {
  const backup = command.series;
  const at = (seq: number): number => seq - backup.seq;
  const restored: SeriesState = {
    ...backup,
    id: state.id,
    seq: state.seq,
    orgs: mapRecord(backup.orgs, (o) => ({ ...o, createdSeq: at(o.createdSeq) })),
    people: mapRecord(backup.people, (p) => ({ ...p, joinedSeq: at(p.joinedSeq) })),
    goals: mapRecord(backup.goals, (g) => ({ ...g, createdSeq: at(g.createdSeq) })),
    interests: mapRecord(backup.interests, (i) => ({ ...i, createdSeq: at(i.createdSeq) })),
    collisions: mapRecord(backup.collisions, (c) => ({ ...c, createdSeq: at(c.createdSeq) })),
    sessions: mapRecord(backup.sessions, (s) => ({
      ...s,
      createdSeq: at(s.createdSeq),
      closedSeq: s.closedSeq === null ? null : at(s.closedSeq),
    })),
    cases: mapRecord(backup.cases, (c) => ({ ...c, createdSeq: at(c.createdSeq) })),
    agreements: mapRecord(backup.agreements, (a) => ({
      ...a,
      createdSeq: at(a.createdSeq),
      updates: a.updates.map((u) => ({ ...u, seq: at(u.seq) })),
    })),
    reviews: mapRecord(backup.reviews, (r) => ({ ...r, updatedSeq: at(r.updatedSeq) })),
    edits: Object.fromEntries(
      Object.entries(backup.edits).map(([key, edit]) => [rekeyed(key, state.id), { ...edit, seq: at(edit.seq) }]),
    ),
    ...(backup.trash && { trash: shiftedTrash(backup.trash, at) }),
    ...(backup.visits && { visits: shiftedVisits(backup.visits, at) }),
  };
  return withImporter(restored, ctx, command.importerName);
}

/** The series' own fields are keyed by its id, which is new. */
function rekeyed(key: string, seriesId: string): string {
  const prefix = `${EntityKind.series}:`;
  return key.startsWith(prefix) ? fieldKey(EntityKind.series, seriesId, key.slice(key.lastIndexOf(":") + 1)) : key;
}

function withImporter(state: SeriesState, ctx: Context, name: string): SeriesState {
  const existing = Object.hasOwn(state.people, ctx.actorId) ? state.people[ctx.actorId] : undefined;
  const importer: Person = existing
    ? { ...existing, role: Role.facilitator }
    : {
        id: ctx.actorId,
        name,
        orgId: null,
        function: null,
        role: Role.facilitator,
        orgConfirmed: true,
        joinedSeq: ctx.seq,
      };
  return { ...state, people: put(state.people, ctx.actorId, importer) };
}
