import { describe, expect, it } from "vitest";
import { clientCommandSchema, eventCommandSchema } from "@common/domain/commands.js";
import { commandEnvelopeSchema, helloSchema } from "@common/protocol.js";
import { LIMITS } from "@common/limits.js";

const id = "abcdEFGH1234";

describe("client command schema", () => {
  it.each([
    ["a case", { type: "case.add", caseId: id, values: { title: "Eilauftrag Müller", description: "" } }],
    ["a title edit", { type: "case.update", caseId: id, changes: { title: "Neu" } }],
    ["an empty description", { type: "case.update", caseId: id, changes: { description: "" } }],
    ["an agreement on a case", { type: "agreement.add", agreementId: id, values: { text: "OTIF ≥ 95 %", caseId: id } }],
    ["a free agreement", { type: "agreement.add", agreementId: id, values: { text: "x", caseId: null } }],
    ["a timer of 10 minutes", { type: "timer.set", durationMs: 600_000, signal: true }],
    ["taking a dot back", { type: "vote.cast", itemId: id, delta: -1 }],
    ["an internal case", { type: "case.add", caseId: id, values: { title: "x", internalTo: id } }],
    ["locking a phase", { type: "room.lock", scope: "cases", locked: true }],
    ["a rename", { type: "series.rename", name: "Neue Reihe" }],
    ["right-to-left text with marks", { type: "series.rename", name: "\u200Fمرحبا שלום\u200E" }],
  ])("accepts %s", (_label, command) => {
    expect(clientCommandSchema.safeParse(command).success).toBe(true);
  });

  it.each([
    ["an unknown type", { type: "case.explode", caseId: id }],
    ["an empty title", { type: "case.add", caseId: id, values: { title: "   ", description: "" } }],
    [
      "an oversized title",
      { type: "case.add", caseId: id, values: { title: "x".repeat(LIMITS.caseTitle + 1), description: "" } },
    ],
    [
      "an oversized description",
      { type: "case.update", caseId: id, changes: { description: "x".repeat(LIMITS.caseDescription + 1) } },
    ],
    ["an empty title edit", { type: "case.update", caseId: id, changes: { title: "" } }],
    ["an unknown field", { type: "case.update", caseId: id, changes: { createdBy: "me" } }],
    ["an extra key", { type: "case.remove", caseId: id, sneaky: true }],
    ["a __proto__ key", JSON.parse(`{"type":"case.remove","caseId":"${id}","__proto__":{"polluted":true}}`)],
    ["a bad id", { type: "case.remove", caseId: "../../etc" }],
    ["a NUL character", { type: "series.rename", name: "a\u0000b" }],
    ["a right-to-left override", { type: "series.rename", name: "Kunde \u202Eabc" }],
    ["a direction isolate", { type: "case.update", caseId: id, changes: { customer: "\u2067Müller" } }],
    ["a number for text", { type: "series.rename", name: 42 }],
    [
      "the server-only person.join",
      { type: "person.join", name: "Jörg", orgId: null, function: null, role: "observer" },
    ],
    ["the server-only hidden", { type: "hidden" }],
    ["a timer under a second", { type: "timer.set", durationMs: 999, signal: false }],
    ["a timer over four hours", { type: "timer.set", durationMs: 4 * 3600_000 + 1, signal: false }],
    ["adding no time", { type: "timer.add", ms: 0 }],
    ["two dots at once", { type: "vote.cast", itemId: id, delta: 2 }],
    ["21 dots per person", { type: "vote.open", sessionId: id, target: "cases", dotsPerPerson: 21, stacking: false }],
    ["a breakout without groups", { type: "breakout.start", sessionId: id, groups: [] }],
    ["an unknown anonymity mode", { type: "session.anonymity", sessionId: id, phase: "cases", mode: "secret" }],
    ["a role change to an unknown role", { type: "person.role", personId: id, role: "admin" }],
    ["the server-only series.create", { type: "series.create", name: "x", creatorName: "y" }],
    ["null", null],
  ])("refuses %s", (_label, command) => {
    expect(clientCommandSchema.safeParse(command).success).toBe(false);
  });

  it.each([
    ["series.create", { type: "series.create", name: "x", creatorName: "y" }],
    [
      "person.join",
      { type: "person.join", name: "Jörg", orgId: null, function: "sales", role: "participant", confirmed: true },
    ],
    [
      "person.join with a new organisation",
      {
        type: "person.join",
        confirmed: true,
        name: "Jörg",
        orgId: id,
        function: null,
        role: "participant",
        newOrg: { orgId: id, name: "Firma C" },
      },
    ],
    ["hidden", { type: "hidden" }],
    ["vote.reveal with totals", { type: "vote.reveal", totals: { [id]: 3 } }],
  ])("lets events carry %s", (_label, command) => {
    expect(eventCommandSchema.safeParse(command).success).toBe(true);
  });

  it("does not pollute Object.prototype while parsing", () => {
    clientCommandSchema.safeParse(JSON.parse(`{"type":"series.rename","name":"x","__proto__":{"polluted":1}}`));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe("protocol envelopes", () => {
  it.each([
    ["a hello", helloSchema, { v: 1, seriesId: id, lastSeq: 0 }, true],
    ["a negative lastSeq", helloSchema, { v: 1, seriesId: id, lastSeq: -1 }, false],
    ["a fractional lastSeq", helloSchema, { v: 1, seriesId: id, lastSeq: 1.5 }, false],
    ["a command", commandEnvelopeSchema, { id, command: { type: "series.rename", name: "A" } }, true],
    ["a command without id", commandEnvelopeSchema, { command: { type: "series.rename", name: "A" } }, false],
  ] as const)("%s", (_label, schema, value, ok) => {
    expect(schema.safeParse(value).success).toBe(ok);
  });
});

describe("ids", () => {
  it.each(["constructor", "__proto__", "toString", "hasOwnProperty", "valueOf"])(
    "refuses the inherited name %s",
    (name) => {
      const padded = name.length < 8 ? name.padEnd(8, "_") : name;
      expect(clientCommandSchema.safeParse({ type: "case.remove", caseId: name }).success).toBe(false);
      // Padding to the minimum length must not sneak it through either.
      if (padded !== name)
        expect(clientCommandSchema.safeParse({ type: "case.remove", caseId: padded }).success).toBe(true);
    },
  );
});
