import type { SeriesEvent } from "../domain/apply.js";
import { eventSpec } from "../domain/registry.js";
import { fieldKey, type EntityKind, type SeriesState } from "../domain/types.js";

/** A field one person wrote that another person's later edit replaced. */
export interface Overwrite {
  key: string;
  kind: EntityKind;
  entityId: string;
  field: string;
  by: string;
}

type EditedField = Omit<Overwrite, "by">;

/** The fields an event writes (last writer wins per field); none for events that edit no field. */
export function editedFields(event: SeriesEvent, seriesId: string): EditedField[] {
  const edits = eventSpec(event.command).edits?.(event.command, seriesId);
  if (!edits) return [];
  const { kind, entityId } = edits;
  return edits.fields.map((field) => ({ key: fieldKey(kind, entityId, field), kind, entityId, field }));
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
