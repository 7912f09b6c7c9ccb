import type { SeriesEvent } from "../domain/apply.js";
import { EntityKind, fieldKey, reviewId, type SeriesState } from "../domain/types.js";

/** A field one person wrote that another person's later edit replaced. */
export interface Overwrite {
  key: string;
  kind: EntityKind;
  entityId: string;
  field: string;
  by: string;
}

type EditedField = Omit<Overwrite, "by">;

function fields(kind: EntityKind, entityId: string, names: readonly string[]): EditedField[] {
  return names.map((field) => ({ key: fieldKey(kind, entityId, field), kind, entityId, field }));
}

/** The fields an event writes (last writer wins per field); none for events that edit no field. */
export function editedFields(event: SeriesEvent, seriesId: string): EditedField[] {
  const { command } = event;
  switch (command.type) {
    case "series.rename":
      return fields(EntityKind.series, seriesId, ["name"]);
    case "person.update":
      return fields(EntityKind.person, command.personId, Object.keys(command.changes));
    case "org.update":
      return fields(EntityKind.org, command.orgId, Object.keys(command.changes));
    case "goal.update":
      return fields(EntityKind.goal, command.goalId, Object.keys(command.changes));
    case "interest.update":
      return fields(EntityKind.interest, command.interestId, Object.keys(command.changes));
    case "session.update":
      return fields(EntityKind.session, command.sessionId, Object.keys(command.changes));
    case "case.update":
      return fields(EntityKind.case, command.caseId, Object.keys(command.changes));
    case "agreement.update":
      return fields(EntityKind.agreement, command.agreementId, Object.keys(command.changes));
    case "review.set":
      return fields(EntityKind.review, reviewId(command.sessionId, command.agreementId), Object.keys(command.changes));
    default:
      return [];
  }
}

/**
 * Fields that `me` wrote last (in `before`) and that someone else's event
 * in `events` overwrote: the edits whose author should be told.
 */
export function overwrittenEdits(before: SeriesState, events: readonly SeriesEvent[], me: string): Overwrite[] {
  const lastWriter = new Map<string, string>();
  const result: Overwrite[] = [];
  for (const event of events) {
    for (const field of editedFields(event, before.id)) {
      const previous = lastWriter.get(field.key) ?? before.edits[field.key]?.by;
      if (previous === me && event.actorId !== me) result.push({ ...field, by: event.actorId });
      lastWriter.set(field.key, event.actorId);
    }
  }
  return result;
}
