import fc from "fast-check";
import { Decoder, Encoder, PacketType } from "socket.io-parser";
import type { ClientCommand, ClientCommandType } from "@common/domain/commands.js";
import { SAMPLE_SCHEDULE } from "../common/samples.js";
import { LIMITS } from "@common/limits.js";

/** A key path into a JSON value. */
export type Path = readonly (string | number)[];

const A = "sample-a-0001";
const B = "sample-b-0002";

/** One valid (by schema, not by state) command of every client command type: the templates hostile input is made from. */
export const validCommandSamples: { [T in ClientCommandType]: Extract<ClientCommand, { type: T }> } = {
  "series.rename": { type: "series.rename", name: "Vertrieb & Betrieb" },
  "series.schedule": { type: "series.schedule", schedule: SAMPLE_SCHEDULE },
  "person.update": { type: "person.update", personId: A, changes: { name: "Anna", orgId: null, function: "sales" } },
  "org.add": { type: "org.add", orgId: A, name: "Firma B" },
  "org.update": { type: "org.update", orgId: A, changes: { name: "Firma C" } },
  "org.remove": { type: "org.remove", orgId: A },
  "goal.add": {
    type: "goal.add",
    goalId: A,
    values: {
      title: "OTIF",
      why: "Liefertreue",
      kpiName: "OTIF",
      kpiUnit: "%",
      baseline: 80,
      target: 95,
      better: "higher",
      horizon: "2027-06-30",
      salesMeaning: "",
      operationsMeaning: "",
      orgId: null,
      internalTo: null,
      changeKind: "optimize",
    },
  },
  "goal.update": { type: "goal.update", goalId: A, changes: { title: "OTIF 96", target: 96 } },
  "goal.remove": { type: "goal.remove", goalId: A },
  "interest.add": { type: "interest.add", interestId: A, side: "sales", label: "Kurze Lieferzeit" },
  "interest.update": { type: "interest.update", interestId: A, changes: { side: "operations", label: "Rüstzeit" } },
  "interest.remove": { type: "interest.remove", interestId: A },
  "interests.starter": {
    type: "interests.starter",
    decision: "take",
    interests: [{ interestId: A, side: "shared", label: "Marge" }],
  },
  "collision.add": { type: "collision.add", collisionId: A, interestIds: [A, B] },
  "collision.remove": { type: "collision.remove", collisionId: A },
  "session.add": {
    type: "session.add",
    sessionId: A,
    values: {
      date: "2026-12-01",
      place: "Werk 2",
      kind: "workshop",
      hostOrgId: null,
      nextDate: "",
      summary: "",
      level: "strategic",
    },
  },
  "session.update": { type: "session.update", sessionId: A, changes: { place: "Werk 3", summary: "gut" } },
  "session.phase": { type: "session.phase", sessionId: A, phase: "cases" },
  "session.close": { type: "session.close", sessionId: A, confirmUndecided: false },
  "session.reopen": { type: "session.reopen", sessionId: A },
  "attendance.set": { type: "attendance.set", sessionId: A, personId: A, status: "present" },
  "checkin.answer": { type: "checkin.answer", sessionId: A, text: "Klarheit" },
  "case.add": {
    type: "case.add",
    caseId: A,
    values: {
      title: "Eilauftrag Müller",
      description: "3 Tage zu spät",
      sessionId: null,
      presenterId: null,
      orgId: null,
      happenedOn: "2026-11-02",
      stage: "delivery",
      marginImpact: -1200,
      delayDays: 3,
      customer: "Müller",
      salesView: "",
      operationsView: "",
      internalTo: null,
    },
  },
  "case.update": { type: "case.update", caseId: A, changes: { title: "Eilauftrag", marginImpact: 5 } },
  "case.remove": { type: "case.remove", caseId: A },
  "case.note.add": { type: "case.note.add", caseId: A, list: "went_well", noteId: B, text: "schnell geklärt" },
  "case.note.update": { type: "case.note.update", caseId: A, list: "went_wrong", noteId: B, text: "zu spät" },
  "case.note.remove": { type: "case.note.remove", caseId: A, list: "better_next", noteId: B },
  "case.mirror.add": { type: "case.mirror.add", caseId: A, mirrorId: B, ofSide: "sales", text: "Ihr wolltet" },
  "case.mirror.remove": { type: "case.mirror.remove", caseId: A, mirrorId: B },
  "case.mirror.respond": {
    type: "case.mirror.respond",
    caseId: A,
    mirrorId: B,
    verdict: "corrected",
    correction: "Nein",
  },
  "case.link": { type: "case.link", caseId: A, kind: "goal", targetId: B, linked: true },
  "agreement.add": {
    type: "agreement.add",
    agreementId: A,
    values: {
      text: "Rüstzeiten halbieren",
      level: "operational",
      due: "2027-01-15",
      caseId: null,
      collisionId: null,
      outcome: "",
      sessionId: null,
      ownerIds: [B],
      goalIds: [],
      internalTo: null,
      effect: { amount: 1800, per: "month", currency: "EUR", basis: "2 Rüstwechsel/Woche weniger × 450 €" },
      changeKind: "scale",
      parentId: B,
    },
  },
  "agreement.update": {
    type: "agreement.update",
    agreementId: A,
    changes: { text: "OTIF ≥ 95 %", due: "", parentId: null },
  },
  "agreement.link": { type: "agreement.link", agreementId: A, kind: "owner", targetId: B, linked: false },
  "agreement.status": { type: "agreement.status", agreementId: A, status: "in_progress", comment: "", kpiValue: 91 },
  "agreement.remove": { type: "agreement.remove", agreementId: A },
  "item.restore": { type: "item.restore", kind: "note", itemId: A },
  "review.set": {
    type: "review.set",
    sessionId: A,
    agreementId: B,
    changes: { kept: "partly", outcome: null, kpiValue: 91.5, evidence: "Report" },
  },
  "review.fit": { type: "review.fit", sessionId: A, agreementId: B, goalId: A, fit: "supports" },
  "review.decide": {
    type: "review.decide",
    sessionId: A,
    agreementId: B,
    decision: "revise",
    successor: { agreementId: A, text: "Neu" },
  },
  "person.role": { type: "person.role", personId: A, role: "observer" },
  "facilitation.handover": { type: "facilitation.handover", personId: A },
  "person.confirm": { type: "person.confirm", personId: A },
  "item.visibility": { type: "item.visibility", kind: "case", itemId: A, internalTo: null },
  "session.anonymity": { type: "session.anonymity", sessionId: A, phase: "cases", mode: "side" },
  "room.spotlight": { type: "room.spotlight", item: { kind: "agreement", id: A } },
  "timer.set": { type: "timer.set", durationMs: 600_000, signal: true },
  "timer.start": { type: "timer.start" },
  "timer.pause": { type: "timer.pause" },
  "timer.add": { type: "timer.add", ms: 60_000 },
  "timer.reset": { type: "timer.reset" },
  "timer.clear": { type: "timer.clear" },
  "room.lock": { type: "room.lock", scope: "board", locked: true },
  "ready.set": { type: "ready.set", ready: true },
  "vote.open": { type: "vote.open", sessionId: A, target: "cases", dotsPerPerson: 3, stacking: false },
  "vote.cast": { type: "vote.cast", itemId: A, delta: 1 },
  "vote.reveal": { type: "vote.reveal", totals: { [A]: 3 } },
  "vote.close": { type: "vote.close" },
  "breakout.start": {
    type: "breakout.start",
    sessionId: A,
    groups: [{ groupId: A, name: "Gruppe 1", memberIds: [B], caseId: null }],
  },
  "breakout.end": { type: "breakout.end" },
  "agenda.add": {
    type: "agenda.add",
    sessionId: A,
    itemId: B,
    values: { title: "KPI-Check", ownerId: A, timeBoxMin: 15, notes: "OTIF", before: "cases" },
  },
  "agenda.update": {
    type: "agenda.update",
    sessionId: A,
    itemId: B,
    changes: { title: "KPI", ownerId: null, timeBoxMin: 480, notes: "" },
  },
  "agenda.move": { type: "agenda.move", sessionId: A, itemId: B, before: null, index: 2 },
  "agenda.remove": { type: "agenda.remove", sessionId: A, itemId: B },
  "agenda.step": { type: "agenda.step", sessionId: A, itemId: null },
  "station.add": {
    type: "station.add",
    sessionId: A,
    stationId: B,
    values: {
      name: "Wareneingang",
      place: "Halle 1",
      hostPersonId: A,
      lookAt: "Tafel",
      timeBoxMin: 20,
      internalTo: null,
    },
  },
  "station.update": {
    type: "station.update",
    sessionId: A,
    stationId: B,
    changes: { name: "Lager", place: "", hostPersonId: null, lookAt: "", timeBoxMin: 480, internalTo: A },
  },
  "station.move": { type: "station.move", sessionId: A, stationId: B, index: 3 },
  "station.remove": { type: "station.remove", sessionId: A, stationId: B },
  "station.step": { type: "station.step", sessionId: A, stationId: null },
  "observation.add": {
    type: "observation.add",
    sessionId: A,
    stationId: B,
    observationId: A,
    kind: "notice",
    text: "x",
  },
  "observation.update": {
    type: "observation.update",
    sessionId: A,
    observationId: B,
    changes: { kind: "differently", text: "y" },
  },
  "observation.remove": { type: "observation.remove", sessionId: A, observationId: B },
  "observation.case": {
    type: "observation.case",
    sessionId: A,
    observationId: B,
    caseId: A,
    title: "Fall",
    description: "",
    internalTo: null,
  },
  "takehome.add": { type: "takehome.add", sessionId: A, itemId: B, orgId: A, text: "x", internalTo: A },
  "takehome.update": { type: "takehome.update", sessionId: A, itemId: B, changes: { text: "y", internalTo: null } },
  "takehome.remove": { type: "takehome.remove", sessionId: A, itemId: B },
  "template.choose": { type: "template.choose", template: "peer_visit" },
  "template.save": { type: "template.save", sessionId: A },
  "template.apply": {
    type: "template.apply",
    sessionId: A,
    items: [{ id: B, title: "Rundgang", ownerId: A, timeBoxMin: 60, notes: "", before: "review" }],
  },
};

/** Every path to a value inside `value` (not the root itself). */
export function pathsOf(value: unknown, prefix: Path = []): Path[] {
  if (typeof value !== "object" || value === null) return [];
  return Object.entries(value).flatMap(([key, inner]) => {
    const path = [...prefix, Array.isArray(value) ? Number(key) : key];
    return [path, ...pathsOf(inner, path)];
  });
}

/** Marks a key to delete in `withAt`. */
export const REMOVED = Symbol("removed");

/**
 * A deep copy of `value` with the value at `path` replaced (or removed). Keys
 * are set as own properties, so `__proto__` and `constructor` stay plain keys
 * as JSON.parse would make them.
 */
export function withAt(value: unknown, path: Path, replacement: unknown): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return replacement;
  const copy: unknown = typeof value === "object" && value !== null ? structuredClone(value) : {};
  const container = copy as Record<string | number, unknown>;
  const inner = Object.hasOwn(container, head) ? container[head] : undefined;
  const next = rest.length === 0 ? replacement : withAt(inner, rest, replacement);
  if (next === REMOVED) Reflect.deleteProperty(container, head);
  else Object.defineProperty(container, head, { value: next, enumerable: true, writable: true, configurable: true });
  return copy;
}

/**
 * What the server receives for `value` sent as a message's payload: encoded
 * and decoded by socket.io's own parser, as the client library and the
 * server do. NaN and ±Infinity arrive as null, -0 as 0, Maps and Sets as {},
 * binary as bytes; in a message with binary data, objects are rebuilt by
 * assignment, so an own `__proto__` key does not arrive at all.
 */
export function wireForm(value: unknown): unknown {
  const [head, ...attachments] = new Encoder().encode({ type: PacketType.EVENT, nsp: "/", data: ["message", value] });
  let received: unknown;
  const decoder = new Decoder();
  decoder.on("decoded", (packet) => {
    const data: unknown = packet.data;
    received = Array.isArray(data) ? data[1] : undefined;
  });
  decoder.add(head);
  for (const attachment of attachments) decoder.add(attachment);
  return received;
}

/** A chain of `depth` objects (or arrays) nested inside one another. */
export function nested(depth: number, kind: "object" | "array"): unknown {
  let value: unknown = "bottom";
  for (let i = 0; i < depth; i++) value = kind === "array" ? [value] : { deeper: value };
  return value;
}

/** Payloads that try to pollute prototypes; JSON.parse makes `__proto__` an own key, as it arrives off the wire. */
export const pollutingJson = [
  '{"__proto__":{"isAdmin":true,"polluted":"yes"}}',
  '{"constructor":{"prototype":{"isAdmin":true,"polluted":"yes"}}}',
  '{"prototype":{"polluted":"yes"},"__proto__":{"__proto__":{"polluted":"yes"}}}',
  '[{"__proto__":{"polluted":"yes"}},{"constructor":{"prototype":{"polluted":"yes"}}}]',
] as const;

const pollutingObjects = pollutingJson.filter((json) => json.startsWith("{"));

const specialNumbers = [
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  -0,
  1e308,
  -1e308,
  Number.MAX_VALUE,
  Number.MIN_VALUE,
  Number.MAX_SAFE_INTEGER + 2,
  LIMITS.number + 1,
  -LIMITS.number - 1,
  0.5,
  -1,
];

const specialStrings = [
  "",
  " ",
  "\u0000",
  "a\u0000b",
  "\uD800",
  "\u202Eevil",
  "__proto__",
  "constructor",
  "prototype",
  "toString",
  "hasOwnProperty",
  "<script>alert(1)</script>",
  "'; DROP TABLE events; --",
  "../../etc/passwd",
];

/** Keys a hostile client adds to objects. */
export const hostileKey = fc.oneof(
  fc.constantFrom("__proto__", "constructor", "prototype", "isAdmin", "type", "id", "toString"),
  fc.string(),
);

/** Any value at all, with the ones that tend to break handlers made likely. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything({
    withBoxedValues: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withNullPrototype: true,
    withSparseArray: true,
  }),
  fc.constantFrom(...specialNumbers),
  fc.constantFrom(...specialStrings),
  fc.string({ unit: "binary", maxLength: 50 }),
  fc.constantFrom(...pollutingJson).map((json): unknown => JSON.parse(json)),
  // Deeper nesting goes in hand-written frames: fast-check's reporter and socket.io-client's encoder recurse.
  fc
    .tuple(fc.integer({ min: 10, max: 300 }), fc.constantFrom("object" as const, "array" as const))
    .map(([depth, kind]) => nested(depth, kind)),
  fc
    .tuple(fc.integer({ min: 100, max: 3000 }), fc.constantFrom<unknown>(null, 0, "x", {}))
    .map(([n, item]) => Array.from({ length: n }, () => item)),
  // Binary: socket.io sends these as attachments and the server gets Buffers.
  fc.uint8Array({ minLength: 1, maxLength: 64 }),
);

/** One of the valid messages with one part replaced by a hostile value, removed, or an extra hostile key added. */
export function corruptionsOf(samples: readonly object[]): fc.Arbitrary<unknown> {
  return fc.constantFrom(...samples).chain((sample) => {
    const paths = pathsOf(sample);
    const objectPaths: Path[] = [[], ...paths.filter((p) => isPlainObject(valueAt(sample, p)))];
    const changed = [
      fc.tuple(hostileKey, hostileValue).map(([key, value]) => withAt(sample, [key], value)),
      fc
        .tuple(fc.constantFrom(...objectPaths), hostileKey, hostileValue)
        .map(([path, key, value]) => withAt(sample, [...path, key], value)),
    ];
    if (paths.length === 0) return fc.oneof(...changed);
    return fc.oneof(
      fc.tuple(fc.constantFrom(...paths), hostileValue).map(([path, value]) => withAt(sample, path, value)),
      fc.constantFrom(...paths).map((path) => withAt(sample, path, REMOVED)),
      ...changed,
    );
  });
}

/** A valid command with one part replaced, removed or added. */
export const corruptedCommand = corruptionsOf(Object.values(validCommandSamples));

/** A `command` message that is not a valid envelope, or merely might be one (check with the schema). */
export const hostileEnvelope: fc.Arbitrary<unknown> = fc.oneof(
  hostileValue,
  fc.tuple(hostileValue, corruptedCommand).map(([id, command]) => ({ id, command })),
  fc.tuple(fc.uuid(), hostileValue).map(([id, command]) => ({ id, command })),
  fc.tuple(fc.uuid(), corruptedCommand).map(([id, command]) => ({ id, command })),
  fc
    .tuple(fc.uuid(), fc.constantFrom(...Object.values(validCommandSamples)), hostileKey, hostileValue)
    .map(([id, command, key, value]) => withAt({ id, command }, [key], value)),
  fc
    .tuple(fc.uuid(), fc.constantFrom(...pollutingObjects), fc.constantFrom("envelope", "command", "values"))
    .map(([id, json, where]): unknown => {
      const polluting = json.slice(1, -1);
      if (where === "envelope")
        return JSON.parse(`{"id":"${id}",${polluting},"command":{"type":"series.rename","name":"x"}}`);
      if (where === "command")
        return JSON.parse(`{"id":"${id}","command":{${polluting},"type":"series.rename","name":"x"}}`);
      return JSON.parse(
        `{"id":"${id}","command":{"type":"case.add","caseId":"${A}","values":{"title":"x",${polluting}}}}`,
      );
    }),
);

function isPlainObject(value: unknown): boolean {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A text field of a command and the limit (from common/limits.ts) it must not exceed. */
const textLimits: [ClientCommandType, Path, number][] = [
  ["series.rename", ["name"], LIMITS.seriesName],
  ["person.update", ["changes", "name"], LIMITS.personName],
  ["org.add", ["name"], LIMITS.orgName],
  ["org.update", ["changes", "name"], LIMITS.orgName],
  ["goal.add", ["values", "title"], LIMITS.goalTitle],
  ["goal.add", ["values", "why"], LIMITS.goalText],
  ["goal.add", ["values", "kpiName"], LIMITS.kpiName],
  ["goal.add", ["values", "kpiUnit"], LIMITS.kpiUnit],
  ["goal.update", ["changes", "title"], LIMITS.goalTitle],
  ["interest.add", ["label"], LIMITS.interestLabel],
  ["interests.starter", ["interests", 0, "label"], LIMITS.interestLabel],
  ["session.add", ["values", "place"], LIMITS.place],
  ["session.update", ["changes", "summary"], LIMITS.summary],
  ["case.add", ["values", "title"], LIMITS.caseTitle],
  ["case.add", ["values", "description"], LIMITS.caseDescription],
  ["case.add", ["values", "customer"], LIMITS.customer],
  ["case.add", ["values", "salesView"], LIMITS.view],
  ["case.update", ["changes", "title"], LIMITS.caseTitle],
  ["case.note.add", ["text"], LIMITS.note],
  ["case.mirror.add", ["text"], LIMITS.mirror],
  ["case.mirror.respond", ["correction"], LIMITS.mirror],
  ["agreement.add", ["values", "text"], LIMITS.agreementText],
  ["agreement.add", ["values", "outcome"], LIMITS.outcome],
  ["agreement.update", ["changes", "text"], LIMITS.agreementText],
  ["agreement.status", ["comment"], LIMITS.comment],
  ["review.set", ["changes", "evidence"], LIMITS.evidence],
  ["review.decide", ["successor", "text"], LIMITS.agreementText],
  ["breakout.start", ["groups", 0, "name"], LIMITS.groupName],
  ["station.add", ["values", "name"], LIMITS.stationName],
  ["station.add", ["values", "lookAt"], LIMITS.stationLookAt],
  ["station.update", ["changes", "place"], LIMITS.place],
  ["observation.add", ["text"], LIMITS.observation],
  ["observation.update", ["changes", "text"], LIMITS.observation],
  ["observation.case", ["title"], LIMITS.caseTitle],
  ["takehome.add", ["text"], LIMITS.takeHome],
];

const idAt = (i: number): string => `over${String(i).padStart(4, "0")}`;

/** A list field of a command, its limit, and how to make its i-th item. */
const listLimits: [ClientCommandType, Path, number, (i: number) => unknown][] = [
  ["agreement.add", ["values", "ownerIds"], LIMITS.linksPerItem, idAt],
  ["agreement.add", ["values", "goalIds"], LIMITS.linksPerItem, idAt],
  ["collision.add", ["interestIds"], LIMITS.interestsPerCollision, idAt],
  [
    "interests.starter",
    ["interests"],
    LIMITS.starterInterests,
    (i) => ({ interestId: idAt(i), side: "sales", label: "x" }),
  ],
  [
    "breakout.start",
    ["groups"],
    LIMITS.breakoutGroups,
    (i) => ({ groupId: idAt(i), name: "g", memberIds: [], caseId: null }),
  ],
  ["breakout.start", ["groups", 0, "memberIds"], LIMITS.peoplePerSeries, idAt],
];

/** A number field of a command and values just or far outside what it takes. */
const numberLimits: [ClientCommandType, Path, number[]][] = [
  ["case.add", ["values", "marginImpact"], [LIMITS.number + 1, -LIMITS.number - 1, 1e308, -Number.MAX_VALUE]],
  ["goal.add", ["values", "target"], [LIMITS.number * 2, 1e308]],
  ["review.set", ["changes", "kpiValue"], [LIMITS.number + 1, -1e308]],
  ["agreement.status", ["kpiValue"], [LIMITS.number + 1, -1e308]],
  ["agreement.add", ["values", "effect", "amount"], [LIMITS.marginEffectEuro + 1, -LIMITS.marginEffectEuro - 1, 1e308]],
  ["timer.set", ["durationMs"], [LIMITS.timerMaxMs + 1, LIMITS.timerMinMs - 1, 1e308, 600_000.5]],
  ["timer.add", ["ms"], [LIMITS.timerStepMs + 1, -LIMITS.timerStepMs - 1, 0, 1e308]],
  ["vote.open", ["dotsPerPerson"], [LIMITS.dotsPerPerson + 1, 0, 1e308, 2.5]],
  ["vote.cast", ["delta"], [2, -2, 0, 1e308]],
];

/** Room left in one socket.io message for a field's content (the rest of the envelope is small). */
const roomInMessage = LIMITS.messageBytes - 2048;

/** Vote totals for one item more than a series can hold. */
const overfullTotals = Object.fromEntries(
  Array.from({ length: LIMITS.casesPerSeries + LIMITS.agreementsPerSeries + 1 }, (_, i) => [idAt(i), 1]),
);

/** A command with one field just or far over its limit; every one of these must be refused. */
export const oversizedCommand: fc.Arbitrary<unknown> = fc.oneof(
  fc
    .tuple(fc.constantFrom(...textLimits), fc.constantFrom("x", "ä", "€", "😀"), fc.nat({ max: 3 }))
    .map(([[type, path, limit], codePoint, how]) => {
      // Limits count code points; one of these takes 1 to 4 bytes ("😀": two UTF-16 units), so the longest still fits in a message.
      const far = Math.max(limit + 1, Math.min(limit * 20, Math.floor(roomInMessage / 4)));
      const length = [limit + 1, limit + 2, limit * 2, far][how] ?? far;
      return withAt(validCommandSamples[type], path, codePoint.repeat(length));
    }),
  fc.tuple(fc.constantFrom(...listLimits), fc.boolean()).map(([[type, path, limit, item], far]) => {
    const length = far ? Math.max(limit + 1, Math.min(limit * 10, 2500)) : limit + 1;
    return withAt(
      validCommandSamples[type],
      path,
      Array.from({ length }, (_, i) => item(i)),
    );
  }),
  fc
    .constantFrom(...numberLimits)
    .chain(([type, path, values]) =>
      fc.constantFrom(...values).map((value) => withAt(validCommandSamples[type], path, value)),
    ),
  // One total more than a series can have items, when that still fits into a message; with today's limits it
  // does not, and the size guard (its own test below) refuses such a message before any schema sees it.
  ...(JSON.stringify(overfullTotals).length < LIMITS.messageBytes - 1024
    ? [fc.constant({ type: "vote.reveal", totals: overfullTotals })]
    : []),
  // Ids: one character too long or too short, or names that plain objects inherit.
  fc.constantFrom(...Object.values(validCommandSamples)).chain((sample) => {
    const idPaths = pathsOf(sample).filter((p) => valueAt(sample, p) === A || valueAt(sample, p) === B);
    if (idPaths.length === 0) return fc.constant(withAt(sample, ["type"], "x".repeat(65)));
    return fc
      .tuple(fc.constantFrom(...idPaths), fc.constantFrom("a".repeat(65), "a".repeat(7), "__proto__", "constructor"))
      .map(([path, id]) => withAt(sample, path, id));
  }),
);

function valueAt(value: unknown, path: Path): unknown {
  let at: unknown = value;
  for (const key of path) at = typeof at === "object" && at !== null ? (at as Record<string, unknown>)[key] : undefined;
  return at;
}
