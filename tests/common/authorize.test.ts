import { describe, expect, it } from "vitest";
import { checkCommand } from "@common/domain/apply.js";
import {
  attendanceChoices,
  authorizeCommand,
  canChangeOwner,
  canRemoveMirror,
  canRemoveNote,
  canSend,
  isLocked,
} from "@common/domain/authorize.js";
import { CLIENT_COMMAND_TYPES, type ClientCommand, type ClientCommandType } from "@common/domain/commands.js";
import {
  AGREEMENT,
  ANNA,
  BERND,
  CARLA,
  DORIS,
  INTERNAL_CASE,
  join,
  makeRoom,
  makeSeries,
  NOBODY,
  ORG_A,
  ORG_B,
  OSKAR,
  SESSION,
  SHARED_CASE,
  type Step,
} from "./fixtures.js";
import { CLIENT_SAMPLES } from "./samples.js";

const F = "forbidden";

/** What a participant (Bernd, Firma A, owner of the agreement) gets for each sample; the facilitator may send all. */
const PARTICIPANT: { [T in ClientCommandType]: string | null } = {
  "series.rename": F,
  "series.schedule": F,
  "person.update": F, // about Carla; their own is theirs (see below)
  "org.add": F,
  "org.update": F,
  "org.remove": F,
  "goal.add": null,
  "goal.update": null,
  "goal.remove": F, // a goal of no organisation: the facilitators'
  "interest.add": null,
  "interest.update": null,
  "interest.remove": null,
  "interests.starter": F,
  "collision.add": null,
  "collision.remove": null,
  "session.add": F,
  "session.update": F,
  "session.phase": F,
  "session.close": F,
  "session.reopen": F,
  "attendance.set": F, // about Carla; their own is theirs (see "attendance" below)
  "checkin.answer": null, // always their own
  "case.add": null,
  "case.update": null,
  "case.remove": null,
  "case.note.add": null,
  "case.note.update": null,
  "case.note.remove": null,
  "case.mirror.add": null,
  "case.mirror.respond": null,
  "case.mirror.remove": null,
  "case.link": null,
  "agreement.add": null,
  "agreement.update": null,
  "agreement.link": null,
  "agreement.status": null,
  "agreement.remove": null,
  "item.restore": null, // nothing of that id in the trash: the check answers, not the role
  "review.set": null,
  "review.fit": null,
  "review.decide": null,
  "person.role": F,
  "person.confirm": null, // Carla of Bernd's own organisation
  "facilitation.handover": F,
  "item.visibility": null,
  "session.anonymity": F,
  "room.spotlight": F,
  "timer.set": F,
  "timer.start": F,
  "timer.pause": F,
  "timer.add": F,
  "timer.reset": F,
  "timer.clear": F,
  "room.lock": F,
  "ready.set": null,
  "vote.open": F,
  "vote.cast": null,
  "vote.reveal": F,
  "vote.close": F,
  "breakout.start": F,
  "breakout.end": F,
  "agenda.add": F,
  "agenda.update": F,
  "agenda.move": F,
  "agenda.remove": F,
  "agenda.step": F,
  // The host's members shape a visit's programme (an item rule: see "who writes on a peer visit"); stepping is the facilitator's.
  "station.add": null,
  "station.update": null,
  "station.move": null,
  "station.remove": null,
  "station.step": F,
  "observation.add": null,
  "observation.update": null,
  "observation.remove": null,
  "observation.case": null,
  "takehome.add": null,
  "takehome.update": null,
  "takehome.remove": null,
  "template.choose": F,
  "template.save": F,
  "template.apply": F,
};

/** What a guest (an observer) may send besides their own attendance: observation cards, and nothing else. */
const OBSERVER_WRITES: ReadonlySet<ClientCommandType> = new Set([
  "observation.add",
  "observation.update",
  "observation.remove",
]);

describe("authorization matrix: every client command × role", () => {
  const state = makeRoom();
  const rows = CLIENT_COMMAND_TYPES.flatMap((type) => [
    [type, "facilitator", ANNA, null],
    [type, "participant", BERND, PARTICIPANT[type]],
    [type, "observer", OSKAR, OBSERVER_WRITES.has(type) ? null : "forbidden"],
    [type, "not joined", NOBODY, "not_joined"],
  ]) as [ClientCommandType, string, string, string | null][];

  it("covers every client command type", () => {
    expect(Object.keys(CLIENT_SAMPLES).sort()).toEqual([...CLIENT_COMMAND_TYPES].sort());
    expect(rows).toHaveLength(CLIENT_COMMAND_TYPES.length * 4);
  });

  it.each(rows)("%s by a %s", (type, _role, actor, code) => {
    expect(authorizeCommand(state, actor, CLIENT_SAMPLES[type])?.code ?? null).toBe(code);
    // What a UI asks beforehand agrees with the answer, where the answer is about the role
    // (a person's own profile and their own organisation's goals are about the item, not the role).
    if (code === null || code === "forbidden" || code === "not_joined") {
      const aboutAnother = type === "person.update" || type === "goal.remove" || type === "attendance.set";
      // Attendance is the one type an observer sends too (themself, as a guest): the sample is about someone else.
      const itemRule = aboutAnother && (actor === BERND || (type === "attendance.set" && actor === OSKAR));
      expect(canSend(state, actor, type)).toBe(code === null || itemRule);
    }
  });
});

describe("rules that depend on who sends", () => {
  const anonymousNote: Step[] = [
    { type: "session.anonymity", sessionId: SESSION, phase: "cases", mode: "anonymous" },
    {
      by: CARLA,
      command: { type: "case.note.add", caseId: SHARED_CASE, list: "went_wrong", noteId: "note-anon1", text: "x" },
    },
    {
      by: CARLA,
      command: { type: "case.note.add", caseId: SHARED_CASE, list: "went_well", noteId: "note-named", text: "y" },
    },
  ];
  const note = (list: "went_wrong" | "went_well", noteId: string): ClientCommand => ({
    type: "case.note.update",
    caseId: SHARED_CASE,
    list,
    noteId,
    text: "geändert",
  });
  it.each<[string, Step[], string, ClientCommand, string | null]>([
    [
      "a participant renames themself",
      [],
      BERND,
      { type: "person.update", personId: BERND, changes: { name: "B." } },
      null,
    ],
    [
      "a participant moves themself to another organisation",
      [],
      BERND,
      { type: "person.update", personId: BERND, changes: { orgId: ORG_B } },
      "forbidden",
    ],
    [
      "a participant restates their own organisation",
      [],
      BERND,
      { type: "person.update", personId: BERND, changes: { orgId: ORG_A } },
      null,
    ],
    ["an owner reports status", [], BERND, CLIENT_SAMPLES["agreement.status"], null],
    ["a non-owner reports status", [], CARLA, CLIENT_SAMPLES["agreement.status"], "forbidden"],
    ["a facilitator reports status", [], ANNA, CLIENT_SAMPLES["agreement.status"], null],
    ["the author edits an anonymous note", anonymousNote, CARLA, note("went_wrong", "note-anon1"), null],
    ["someone else edits an anonymous note", anonymousNote, BERND, note("went_wrong", "note-anon1"), "forbidden"],
    [
      "someone else removes an anonymous note",
      anonymousNote,
      DORIS,
      { type: "case.note.remove", caseId: SHARED_CASE, list: "went_wrong", noteId: "note-anon1" },
      "forbidden",
    ],
    ["a facilitator edits an anonymous note", anonymousNote, ANNA, note("went_wrong", "note-anon1"), null],
    ["someone else edits a named note", anonymousNote, BERND, note("went_well", "note-named"), null],
    ["a facilitator sends vote totals", [], ANNA, { type: "vote.reveal", totals: { [SHARED_CASE]: 4 } }, "forbidden"],
    ["a facilitator hands over to themself", [], ANNA, { type: "facilitation.handover", personId: ANNA }, "conflict"],
  ])("%s", (_label, extra, actor, command, code) => {
    expect(authorizeCommand(makeRoom(extra), actor, command)?.code ?? null).toBe(code);
  });
});

describe("who removes a note", () => {
  // Carla (Firma A) and Doris (Firma B) each write a named note; Carla also an anonymous one.
  // Gustav is a guest without an organisation, Ulla says she is of Firma A but nobody confirmed it.
  const GUSTAV = "person-gustav";
  const ULLA = "person-ulla";
  const notes: Step[] = [
    join(GUSTAV, "Gustav", "participant"),
    {
      by: ULLA,
      command: {
        type: "person.join",
        name: "Ulla",
        orgId: ORG_A,
        function: null,
        role: "participant",
        confirmed: false,
      },
    },
    {
      by: CARLA,
      command: { type: "case.note.add", caseId: SHARED_CASE, list: "went_well", noteId: "note-carla", text: "A" },
    },
    {
      by: DORIS,
      command: { type: "case.note.add", caseId: SHARED_CASE, list: "went_well", noteId: "note-doris", text: "B" },
    },
    { type: "session.anonymity", sessionId: SESSION, phase: "cases", mode: "anonymous" },
    {
      by: CARLA,
      command: { type: "case.note.add", caseId: SHARED_CASE, list: "went_wrong", noteId: "note-anon", text: "C" },
    },
  ];
  const LIST = { "note-carla": "went_well", "note-doris": "went_well", "note-anon": "went_wrong" } as const;
  const remove = (noteId: keyof typeof LIST): ClientCommand => ({
    type: "case.note.remove",
    caseId: SHARED_CASE,
    list: LIST[noteId],
    noteId,
  });
  it.each<[string, string, keyof typeof LIST, string | null]>([
    ["Doris (Firma B) removes Carla's named note (Firma A)", DORIS, "note-carla", F],
    ["Carla (Firma A) removes Doris's named note (Firma B)", CARLA, "note-doris", F],
    ["Gustav (no organisation) removes Carla's named note", GUSTAV, "note-carla", F],
    ["Ulla (Firma A, unconfirmed) removes Carla's named note", ULLA, "note-carla", F],
    ["Bernd (Firma A) removes Carla's named note", BERND, "note-carla", null],
    ["Carla removes her own named note", CARLA, "note-carla", null],
    ["Doris removes her own named note", DORIS, "note-doris", null],
    ["Carla removes her own anonymous note", CARLA, "note-anon", null],
    ["Bernd (Firma A) removes Carla's anonymous note", BERND, "note-anon", F],
    ["Anna (facilitator) removes Doris's note", ANNA, "note-doris", null],
    ["Anna (facilitator) removes Carla's anonymous note", ANNA, "note-anon", null],
    ["Oskar (observer, Firma A) removes Carla's note", OSKAR, "note-carla", F],
  ])("%s", (_label, actor, noteId, code) => {
    const state = makeRoom(notes);
    expect(authorizeCommand(state, actor, remove(noteId))?.code ?? null).toBe(code);
    // The remove control shows exactly where the server would apply it.
    expect(canRemoveNote(state, actor, SHARED_CASE, noteId)).toBe(code === null);
  });

  it("in a series without organisations everyone removes named notes, as one company", () => {
    const state = makeSeries([
      join(CARLA, "Carla", "participant"),
      join(DORIS, "Doris", "participant"),
      { by: CARLA, command: { type: "case.add", caseId: SHARED_CASE, values: { title: "Fall" } } },
      {
        by: CARLA,
        command: { type: "case.note.add", caseId: SHARED_CASE, list: "went_well", noteId: "note-carla", text: "A" },
      },
    ]);
    expect(authorizeCommand(state, DORIS, remove("note-carla"))).toBeNull();
    expect(canRemoveNote(state, DORIS, SHARED_CASE, "note-carla")).toBe(true);
  });

  it("the remove control hides while the board is locked, for participants only", () => {
    const state = makeRoom([...notes, { type: "room.lock", scope: "board", locked: true }]);
    expect(canRemoveNote(state, CARLA, SHARED_CASE, "note-carla")).toBe(false);
    expect(canRemoveNote(state, ANNA, SHARED_CASE, "note-carla")).toBe(true);
  });
});

describe("who removes a mirror statement", () => {
  const mirrors: Step[] = [
    {
      by: CARLA,
      command: { type: "case.mirror.add", caseId: SHARED_CASE, mirrorId: "mirror-carla", ofSide: "sales", text: "A" },
    },
    { type: "session.anonymity", sessionId: SESSION, phase: "cases", mode: "side" },
    {
      by: CARLA,
      command: { type: "case.mirror.add", caseId: SHARED_CASE, mirrorId: "mirror-side", ofSide: "sales", text: "B" },
    },
  ];
  it.each<[string, string, string, string | null]>([
    ["Doris (Firma B) removes Carla's mirror statement (Firma A)", DORIS, "mirror-carla", F],
    ["Bernd (Firma A) removes Carla's mirror statement", BERND, "mirror-carla", null],
    ["Carla removes her own mirror statement", CARLA, "mirror-carla", null],
    ["Bernd (Firma A) removes Carla's statement named by side only", BERND, "mirror-side", F],
    ["Carla removes her own statement named by side only", CARLA, "mirror-side", null],
    ["Anna (facilitator) removes Carla's statement", ANNA, "mirror-side", null],
  ])("%s", (_label, actor, mirrorId, code) => {
    const state = makeRoom(mirrors);
    const command: ClientCommand = { type: "case.mirror.remove", caseId: SHARED_CASE, mirrorId };
    expect(authorizeCommand(state, actor, command)?.code ?? null).toBe(code);
    expect(canRemoveMirror(state, actor, SHARED_CASE, mirrorId)).toBe(code === null);
  });

  it("a removed statement is gone; a missing one is not found", () => {
    const state = makeRoom(mirrors);
    const command: ClientCommand = { type: "case.mirror.remove", caseId: SHARED_CASE, mirrorId: "mirror-carla" };
    expect(checkCommand(state, command, CARLA)).toBeNull();
    const after = makeRoom([...mirrors, { by: CARLA, command }]);
    expect(after.cases[SHARED_CASE]?.mirrors.map((m) => m.id)).toEqual(["mirror-side"]);
    expect(checkCommand(after, command, CARLA)?.code).toBe("not_found");
  });
});

describe("an agreement's owners", () => {
  // The agreement belongs to Firma A (its case's organisation); Bernd owns it.
  const owner = (by: string, targetId: string, linked: boolean): [string, ClientCommand] => [
    by,
    { type: "agreement.link", agreementId: AGREEMENT, kind: "owner", targetId, linked },
  ];
  const addNaming = (caseId: string | null, ownerIds: string[]): ClientCommand => ({
    type: "agreement.add",
    agreementId: "agreement-new",
    values: { text: "x", caseId, ownerIds },
  });
  it.each<[string, [string, ClientCommand], string | null]>([
    ["Carla (Firma A) adds Doris as an owner", owner(CARLA, DORIS, true), null],
    ["Carla (Firma A) removes Bernd", owner(CARLA, BERND, false), null],
    ["Anna (facilitator) adds Doris", owner(ANNA, DORIS, true), null],
    ["Bernd (owner) steps down", owner(BERND, BERND, false), null],
    ["Doris (Firma B) makes herself an owner", owner(DORIS, DORIS, true), "forbidden"],
    ["Doris (Firma B) removes Bernd", owner(DORIS, BERND, false), "forbidden"],
    ["Doris (Firma B) adds Carla", owner(DORIS, CARLA, true), "forbidden"],
    ["Oskar (observer, Firma A) adds himself", owner(OSKAR, OSKAR, true), "forbidden"],
    ["Doris links a goal (not an owner)", [DORIS, CLIENT_SAMPLES["agreement.link"]], null],
    ["Doris adds an agreement on Firma A's case naming herself", [DORIS, addNaming(SHARED_CASE, [DORIS])], "forbidden"],
    ["Doris adds an agreement on Firma A's case naming no owner", [DORIS, addNaming(SHARED_CASE, [])], null],
    ["Doris adds an agreement of her own naming herself", [DORIS, addNaming(null, [DORIS])], null],
    ["Carla adds an agreement on Firma A's case naming Bernd", [CARLA, addNaming(SHARED_CASE, [BERND])], null],
  ])("%s", (_label, [actor, command], code) => {
    expect(authorizeCommand(makeRoom(), actor, command)?.code ?? null).toBe(code);
  });

  it("lets every participant change owners in a series of one company (no organisations set up)", () => {
    const state = makeSeries([
      join(CARLA, "Carla", "participant"),
      { type: "session.add", sessionId: SESSION, values: { date: "2026-11-20" } },
      { type: "agreement.add", agreementId: AGREEMENT, values: { text: "x", sessionId: SESSION } },
    ]);
    const link: ClientCommand = {
      type: "agreement.link",
      agreementId: AGREEMENT,
      kind: "owner",
      targetId: CARLA,
      linked: true,
    };
    expect(authorizeCommand(state, CARLA, link)).toBeNull();
    expect(canChangeOwner(state, CARLA, AGREEMENT, ANNA, true)).toBe(true);
  });

  it("tells the owner picker what it may offer", () => {
    const state = makeRoom();
    expect(canChangeOwner(state, DORIS, AGREEMENT, DORIS, true)).toBe(false);
    expect(canChangeOwner(state, DORIS, AGREEMENT, BERND, false)).toBe(false);
    expect(canChangeOwner(state, BERND, AGREEMENT, BERND, false)).toBe(true);
    expect(canChangeOwner(state, CARLA, AGREEMENT, DORIS, true)).toBe(true);
    expect(canChangeOwner(state, ANNA, AGREEMENT, DORIS, true)).toBe(true);
    expect(canChangeOwner(state, OSKAR, AGREEMENT, OSKAR, true)).toBe(false);
  });
});

describe("internal items", () => {
  const internal = (kind: "case" | "agreement" | "goal", internalTo: string | null): ClientCommand => {
    const values = { internalTo, orgId: internalTo };
    if (kind === "case") return { type: "case.add", caseId: "case-new01", values: { title: "x", ...values } };
    if (kind === "goal") return { type: "goal.add", goalId: "goal-new01", values: { title: "x", ...values } };
    return { type: "agreement.add", agreementId: "agreement-new", values: { text: "x", internalTo } };
  };
  it.each<[string, string, ClientCommand, string | null]>([
    ["Doris (Firma B) edits a shared case", DORIS, CLIENT_SAMPLES["case.update"], null],
    [
      "Doris (Firma B) edits Firma A's internal case",
      DORIS,
      { type: "case.update", caseId: INTERNAL_CASE, changes: { title: "x" } },
      "not_found",
    ],
    [
      "Doris writes a note on it",
      DORIS,
      { type: "case.note.add", caseId: INTERNAL_CASE, list: "went_well", noteId: "note-0009", text: "x" },
      "not_found",
    ],
    [
      "Doris makes an agreement on it",
      DORIS,
      { type: "agreement.add", agreementId: "agreement-9", values: { text: "x", caseId: INTERNAL_CASE } },
      "not_found",
    ],
    ["Bernd (Firma A) edits it", BERND, { type: "case.update", caseId: INTERNAL_CASE, changes: { title: "x" } }, null],
    [
      "Oskar (observer, Firma A) edits it",
      OSKAR,
      { type: "case.update", caseId: INTERNAL_CASE, changes: { title: "x" } },
      "forbidden",
    ],
    [
      "Bernd shares it with the series",
      BERND,
      { type: "item.visibility", kind: "case", itemId: INTERNAL_CASE, internalTo: null },
      null,
    ],
    [
      "Doris shares it with the series",
      DORIS,
      { type: "item.visibility", kind: "case", itemId: INTERNAL_CASE, internalTo: null },
      "not_found",
    ],
    [
      "Bernd makes a shared case internal to Firma B",
      BERND,
      { type: "item.visibility", kind: "case", itemId: SHARED_CASE, internalTo: ORG_B },
      "forbidden",
    ],
    [
      "Doris cannot make Firma A's shared case internal to Firma B",
      DORIS,
      { type: "item.visibility", kind: "case", itemId: SHARED_CASE, internalTo: ORG_B },
      "forbidden",
    ],
    [
      "Carla adds a case of Firma B internal to Firma A",
      CARLA,
      { type: "case.add", caseId: "case-new02", values: { title: "x", orgId: ORG_B, internalTo: ORG_A } },
      "forbidden",
    ],
    [
      "Carla moves Firma A's internal case to Firma B",
      CARLA,
      { type: "case.update", caseId: INTERNAL_CASE, changes: { orgId: ORG_B } },
      "conflict",
    ],
    ["Doris adds a case internal to her firm", DORIS, internal("case", ORG_B), null],
    ["Doris adds a case internal to Firma A", DORIS, internal("case", ORG_A), "forbidden"],
    ["Doris adds a goal internal to Firma A", DORIS, internal("goal", ORG_A), "forbidden"],
    ["Doris adds an agreement internal to Firma A", DORIS, internal("agreement", ORG_A), "forbidden"],
    ["Doris adds a shared agreement", DORIS, internal("agreement", null), null],
  ])("%s", (_label, actor, command, code) => {
    expect(authorizeCommand(makeRoom(), actor, command)?.code ?? null).toBe(code);
  });

  it("answers a hidden item like a missing one", () => {
    const state = makeRoom();
    const hidden = authorizeCommand(state, DORIS, { type: "case.remove", caseId: INTERNAL_CASE });
    const missing = { type: "case.remove", caseId: "case-nope1" } as const;
    expect(authorizeCommand(state, DORIS, missing)).toBeNull();
    expect(hidden).toEqual(checkCommand(state, missing));
  });
});

describe("locks", () => {
  const edit = CLIENT_SAMPLES["case.update"];
  const lock = (scope: "board" | "cases" | "review"): Step => ({ type: "room.lock", scope, locked: true });
  it.each<[string, Step[], string, ClientCommand, string | null]>([
    ["nothing locked: a participant edits", [], BERND, edit, null],
    ["board locked: a participant edits", [lock("board")], BERND, edit, "locked"],
    ["board locked: a participant says they are ready", [lock("board")], BERND, CLIENT_SAMPLES["ready.set"], null],
    ["board locked: a participant places a dot", [lock("board")], BERND, CLIENT_SAMPLES["vote.cast"], null],
    ["board locked: the facilitator edits", [lock("board")], ANNA, edit, null],
    ["board locked: an observer is still just an observer", [lock("board")], OSKAR, edit, "forbidden"],
    ["current phase locked: a participant edits", [lock("cases")], BERND, edit, "locked"],
    ["another phase locked: a participant edits", [lock("review")], BERND, edit, null],
    [
      "unlocked again: a participant edits",
      [lock("board"), { type: "room.lock", scope: "board", locked: false }],
      BERND,
      edit,
      null,
    ],
  ])("%s", (_label, extra, actor, command, code) => {
    expect(authorizeCommand(makeRoom(extra), actor, command)?.code ?? null).toBe(code);
  });

  it("tells a UI about the lock", () => {
    const state = makeRoom([lock("cases")]);
    expect(isLocked(state)).toBe(true);
    expect(state.room.lock.phases).toEqual(["cases"]);
    expect(canSend(state, BERND, "case.update")).toBe(false);
    expect(canSend(state, BERND, "vote.cast")).toBe(true);
    expect(canSend(state, ANNA, "case.update")).toBe(true);
  });
});

describe("the sender's own ballot", () => {
  const open = (stacking: boolean, dots = 2): Step => ({
    type: "vote.open",
    sessionId: SESSION,
    target: "cases",
    dotsPerPerson: dots,
    stacking,
  });
  const cast = (itemId: string, delta: 1 | -1 = 1, by = BERND): Step => ({
    by,
    command: { type: "vote.cast", itemId, delta },
  });
  const second = "case-second";
  const third = "case-third1";
  const cases: Step[] = [
    { type: "case.add", caseId: second, values: { title: "Zweiter", sessionId: SESSION } },
    { type: "case.add", caseId: third, values: { title: "Dritter", sessionId: SESSION } },
  ];
  it.each<[string, Step[], string, 1 | -1, string | null]>([
    ["a first dot", [open(false)], SHARED_CASE, 1, null],
    ["a second dot on the same item without stacking", [open(false), cast(SHARED_CASE)], SHARED_CASE, 1, "conflict"],
    ["a second dot on the same item with stacking", [open(true), cast(SHARED_CASE)], SHARED_CASE, 1, null],
    ["a dot on another item", [open(false), cast(SHARED_CASE)], second, 1, null],
    ["a dot beyond the budget", [open(false), cast(SHARED_CASE), cast(second)], third, 1, "limit_exceeded"],
    [
      "a dot beyond the budget, stacked",
      [open(true), cast(SHARED_CASE), cast(SHARED_CASE)],
      SHARED_CASE,
      1,
      "limit_exceeded",
    ],
    ["someone else's dots do not count", [open(false), cast(SHARED_CASE, 1, CARLA)], SHARED_CASE, 1, null],
    ["taking back a dot", [open(false), cast(SHARED_CASE)], SHARED_CASE, -1, null],
    ["taking back a dot that is not there", [open(false)], SHARED_CASE, -1, "conflict"],
    ["a dot back frees the budget", [open(false), cast(SHARED_CASE), cast(second), cast(second, -1)], third, 1, null],
  ])("%s", (_label, extra, itemId, delta, code) => {
    const state = makeRoom([...cases, ...extra]);
    expect(authorizeCommand(state, BERND, { type: "vote.cast", itemId, delta })?.code ?? null).toBe(code);
  });
});

describe("attendance: who records whom", () => {
  const set = (personId: string, status: "present" | "excused" | "guest" | null): ClientCommand => ({
    type: "attendance.set",
    sessionId: SESSION,
    personId,
    status,
  });
  it.each<[string, string, ClientCommand, string | null]>([
    ["a facilitator marks someone present", ANNA, set(CARLA, "present"), null],
    ["a facilitator excuses someone", ANNA, set(DORIS, "excused"), null],
    ["a facilitator records a guest", ANNA, set(OSKAR, "guest"), null],
    ["a facilitator takes an entry back", ANNA, set(CARLA, null), null],
    ["a participant marks themself present", BERND, set(BERND, "present"), null],
    ["a participant takes their own entry back", BERND, set(BERND, null), null],
    ["a participant excuses themself", BERND, set(BERND, "excused"), "forbidden"],
    ["a participant calls themself a guest", BERND, set(BERND, "guest"), "forbidden"],
    ["a participant marks someone else present", BERND, set(CARLA, "present"), "forbidden"],
    ["an observer records themself as a guest", OSKAR, set(OSKAR, "guest"), null],
    ["an observer takes their own entry back", OSKAR, set(OSKAR, null), null],
    ["an observer marks themself present", OSKAR, set(OSKAR, "present"), "forbidden"],
    ["an observer records someone else", OSKAR, set(BERND, "guest"), "forbidden"],
    ["someone not joined marks themself", NOBODY, set(NOBODY, "present"), "not_joined"],
  ])("%s", (_label, actor, command, code) => {
    expect(authorizeCommand(makeRoom(), actor, command)?.code ?? null).toBe(code);
  });

  it("a locked board still takes a participant's own attendance", () => {
    const locked = makeRoom([{ type: "room.lock", scope: "board", locked: true }]);
    expect(isLocked(locked)).toBe(true);
    expect(authorizeCommand(locked, BERND, set(BERND, "present"))).toBeNull();
  });

  it("offers each person exactly the statuses they may give", () => {
    const state = makeRoom();
    expect(attendanceChoices(state, ANNA, CARLA)).toEqual(["present", "excused", "guest", null]);
    expect(attendanceChoices(state, BERND, BERND)).toEqual(["present", null]);
    expect(attendanceChoices(state, BERND, CARLA)).toEqual([]);
    expect(attendanceChoices(state, OSKAR, OSKAR)).toEqual(["guest", null]);
    expect(attendanceChoices(state, NOBODY, NOBODY)).toEqual([]);
  });
});
