import type { SeriesEvent } from "../domain/apply.js";
import { EntityKind, fieldKey, type SeriesState } from "../domain/types.js";

/** A field one person wrote that another person's later edit replaced. */
export interface Overwrite {
  key: string;
  kind: EntityKind;
  entityId: string;
  field: string;
  by: string;
}

/** The field an update event writes, or null for other events. */
export function editedField(event: SeriesEvent, seriesId: string): Omit<Overwrite, "by"> | null {
  const { command } = event;
  switch (command.type) {
    case "case.update":
      return {
        key: fieldKey(EntityKind.case, command.caseId, command.field),
        kind: EntityKind.case,
        entityId: command.caseId,
        field: command.field,
      };
    case "agreement.update":
      return {
        key: fieldKey(EntityKind.agreement, command.agreementId, command.field),
        kind: EntityKind.agreement,
        entityId: command.agreementId,
        field: command.field,
      };
    case "series.rename":
      return {
        key: fieldKey(EntityKind.series, seriesId, "name"),
        kind: EntityKind.series,
        entityId: seriesId,
        field: "name",
      };
    default:
      return null;
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
    const field = editedField(event, before.id);
    if (!field) continue;
    const previous = lastWriter.get(field.key) ?? before.edits[field.key]?.by;
    if (previous === me && event.actorId !== me) result.push({ ...field, by: event.actorId });
    lastWriter.set(field.key, event.actorId);
  }
  return result;
}
