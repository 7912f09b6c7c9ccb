import type { SeriesState } from "../../common/domain/types.js";
import type { EncodedState } from "../../common/protocol.js";

/**
 * A state's JSON as UTF-8 bytes, remembered per object. States are
 * immutable: an item that did not change keeps its object from one state to
 * the next and from one viewer's projection to another's, so its bytes are
 * written once and copied into every later snapshot. Entries go with the
 * states that hold them.
 */
const itemBytes = new WeakMap<object, { id: string; bytes: Buffer }>();
const recordBytes = new WeakMap<object, Buffer>();

/**
 * The records that grow with a series' history, each written (and
 * remembered) item by item and sent as an attachment of its own; the rest of
 * the state is small and goes as one. (socket.io reads at most 10 attachments
 * per message.)
 */
const BIG_RECORDS: ReadonlySet<string> = new Set<keyof SeriesState>([
  "sessions",
  "cases",
  "agreements",
  "reviews",
  "edits",
]);

const OPEN = Buffer.from("{");
const CLOSE = Buffer.from("}");
const COMMA = Buffer.from(",");

/** `"id":{…}` of one item. */
function entryBytes(id: string, item: object): Buffer {
  const known = itemBytes.get(item);
  if (known?.id === id) return known.bytes;
  const bytes = Buffer.from(`${JSON.stringify(id)}:${JSON.stringify(item)}`, "utf8");
  itemBytes.set(item, { id, bytes });
  return bytes;
}

/** `{entry,entry,…}`, each entry given as the buffers it is made of. */
function joined(entries: readonly (readonly Buffer[])[]): Buffer {
  const pieces: Buffer[] = [OPEN];
  entries.forEach((entry, i) => {
    if (i > 0) pieces.push(COMMA);
    pieces.push(...entry);
  });
  pieces.push(CLOSE);
  return Buffer.concat(pieces);
}

function recordOf(record: Record<string, unknown>): Buffer {
  const known = recordBytes.get(record);
  if (known) return known;
  const parts: Buffer[][] = [];
  for (const id of Object.keys(record)) {
    const item = record[id];
    if (item === undefined) continue;
    parts.push([
      typeof item === "object" && item !== null
        ? entryBytes(id, item)
        : Buffer.from(`${JSON.stringify(id)}:${JSON.stringify(item)}`, "utf8"),
    ]);
  }
  const bytes = joined(parts);
  recordBytes.set(record, bytes);
  return bytes;
}

/**
 * The state as UTF-8 JSON bytes: its big records one by one (the bytes of
 * `JSON.stringify(record)`), copied together from the bytes of their items
 * where these are already known, and the rest of its fields as one object.
 * Sent as binary attachments, which socket.io and ws pass on as they are: no
 * walk over the state, no re-encoding, no copy of the whole.
 */
export function encodeState(state: SeriesState): EncodedState<Buffer> {
  const rest: Record<string, unknown> = {};
  const records: Record<string, Buffer> = {};
  for (const [key, value] of Object.entries(state)) {
    if (BIG_RECORDS.has(key) && typeof value === "object" && value !== null) {
      records[key] = recordOf(value as Record<string, unknown>);
    } else {
      rest[key] = value;
    }
  }
  return { rest: Buffer.from(JSON.stringify(rest), "utf8"), records };
}
