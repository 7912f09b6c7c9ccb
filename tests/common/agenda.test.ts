import { describe, expect, it } from "vitest";
import { agendaSteps } from "@common/domain/agenda/order.js";
import { apply, checkCommand } from "@common/domain/apply.js";
import { clientCommandSchema, seriesStateSchema, type ClientCommand, type CommandOf } from "@common/domain/commands.js";
import type { SeriesState } from "@common/domain/types.js";
import { minutesMarkdown } from "@common/exports/minutesMarkdown.js";
import type { Minutes } from "@common/exports/minutesModel.js";
import { sessionMinutes } from "@common/exports/sessionMinutes.js";
import { ANNA, CARLA, makeRoom, SESSION, SHARED_CASE } from "./fixtures.js";

const KPI = "kpicheck-0001";
const ZAHLEN = "sopzahlen-001";
const BESUCH = "besuch-x-0001";

/** The state after each command, the first that is refused (by its schema or its check) stopping the run. */
function run(state: SeriesState, commands: readonly ClientCommand[]): { state: SeriesState; refused: string | null } {
  let current = state;
  for (const command of commands) {
    const parsed = clientCommandSchema.safeParse(command);
    if (!parsed.success) return { state: current, refused: `invalid: ${parsed.error.issues[0]?.message ?? ""}` };
    const rejection = checkCommand(current, parsed.data, ANNA);
    if (rejection) return { state: current, refused: rejection.code };
    current = apply(current, {
      seq: current.seq + 1,
      commandId: `cmd-${current.seq + 1}`,
      actorId: ANNA,
      at: "2026-12-03T09:00:00Z",
      command: parsed.data,
    });
  }
  return { state: current, refused: null };
}

function add(itemId: string, before: "review" | "cases" | null, title = itemId): CommandOf<"agenda.add"> {
  return { type: "agenda.add", sessionId: SESSION, itemId, values: { title, timeBoxMin: 15, before } };
}

/** The session's agenda as the stepper reads it: phases by name, items by id. */
function stepsOf(state: SeriesState): string[] {
  const session = state.sessions[SESSION];
  if (!session) throw new Error("no session");
  return agendaSteps(session).map((step) => (step.kind === "phase" ? step.phase : `[${step.item.id}]`));
}

const FIVE = ["check_in", "review", "cases", "agreements", "close"];

describe("agenda items beside the five phases", () => {
  it.each<[string, ClientCommand[], string[]]>([
    ["no items: the five phases", [], FIVE],
    [
      "an item before the review",
      [add(KPI, "review")],
      ["check_in", `[${KPI}]`, "review", "cases", "agreements", "close"],
    ],
    ["an item after the last phase", [add(KPI, null)], [...FIVE, `[${KPI}]`]],
    [
      "two items at one place keep the order they were added in",
      [add(KPI, "cases"), add(ZAHLEN, "cases")],
      ["check_in", "review", `[${KPI}]`, `[${ZAHLEN}]`, "cases", "agreements", "close"],
    ],
    [
      "moved first among the items at its place",
      [
        add(KPI, "cases"),
        add(ZAHLEN, "cases"),
        { type: "agenda.move", sessionId: SESSION, itemId: ZAHLEN, before: "cases", index: 0 },
      ],
      ["check_in", "review", `[${ZAHLEN}]`, `[${KPI}]`, "cases", "agreements", "close"],
    ],
    [
      "moved to another place, past the end of the items there",
      [
        add(KPI, "cases"),
        add(ZAHLEN, null),
        add(BESUCH, null),
        { type: "agenda.move", sessionId: SESSION, itemId: KPI, before: null, index: 9 },
      ],
      [...FIVE, `[${ZAHLEN}]`, `[${BESUCH}]`, `[${KPI}]`],
    ],
    [
      "moved between two items elsewhere",
      [
        add(KPI, "cases"),
        add(ZAHLEN, null),
        add(BESUCH, null),
        { type: "agenda.move", sessionId: SESSION, itemId: KPI, before: null, index: 1 },
      ],
      [...FIVE, `[${ZAHLEN}]`, `[${KPI}]`, `[${BESUCH}]`],
    ],
    [
      "removed",
      [add(KPI, "review"), add(ZAHLEN, "review"), { type: "agenda.remove", sessionId: SESSION, itemId: KPI }],
      ["check_in", `[${ZAHLEN}]`, "review", "cases", "agreements", "close"],
    ],
  ])("%s", (_label, commands, expected) => {
    const { state, refused } = run(makeRoom(), commands);
    expect(refused).toBeNull();
    expect(stepsOf(state)).toEqual(expected);
    expect(seriesStateSchema.safeParse(state).success).toBe(true);
  });

  it("keeps an item's title, owner, time box and notes, and changes them", () => {
    const { state } = run(makeRoom(), [
      {
        type: "agenda.add",
        sessionId: SESSION,
        itemId: KPI,
        values: {
          title: "KPI-Check Liefertreue",
          ownerId: CARLA,
          timeBoxMin: 15,
          notes: "OTIF je Werk",
          before: "review",
        },
      },
      { type: "agenda.update", sessionId: SESSION, itemId: KPI, changes: { timeBoxMin: 480, ownerId: null } },
    ]);
    expect(state.sessions[SESSION]?.agenda).toEqual([
      {
        id: KPI,
        title: "KPI-Check Liefertreue",
        ownerId: null,
        timeBoxMin: 480,
        notes: "OTIF je Werk",
        before: "review",
      },
    ]);
  });

  const withKpi = run(makeRoom(), [add(KPI, "review")]).state;
  const closed = run(withKpi, [{ type: "session.close", sessionId: SESSION, confirmUndecided: true }]).state;
  const update = (changes: Record<string, unknown>) =>
    ({ type: "agenda.update", sessionId: SESSION, itemId: KPI, changes }) as ClientCommand;

  it.each<[string, SeriesState, ClientCommand, string]>([
    ["a time box of 0 minutes", withKpi, update({ timeBoxMin: 0 }), "invalid: the time box is at least 1 minute"],
    [
      "a time box of 10,000 minutes",
      withKpi,
      update({ timeBoxMin: 10_000 }),
      "invalid: the time box is at most 480 minutes",
    ],
    [
      "a time box of 1.5 minutes",
      withKpi,
      update({ timeBoxMin: 1.5 }),
      "invalid: the time box is a whole number of minutes",
    ],
    [
      "a new item of 0 minutes",
      withKpi,
      { ...add(ZAHLEN, null), values: { title: "x", timeBoxMin: 0, before: null } },
      "invalid: the time box is at least 1 minute",
    ],
    ["an empty title", withKpi, update({ title: "  " }), "invalid: must not be empty"],
    ["no changes", withKpi, update({}), "invalid: no changes"],
    [
      "a place that is no phase",
      withKpi,
      { ...add(ZAHLEN, null), values: { title: "x", timeBoxMin: 5, before: "lunch" } } as unknown as ClientCommand,
      'invalid: Invalid option: expected one of "check_in"|"review"|"cases"|"agreements"|"close"',
    ],
    ["an id already on the agenda", withKpi, add(KPI, null), "duplicate_id"],
    ["an owner who is not in the series", withKpi, update({ ownerId: "person-nobody" }), "not_found"],
    ["an item not on the agenda", withKpi, { type: "agenda.remove", sessionId: SESSION, itemId: ZAHLEN }, "not_found"],
    [
      "moving to an item not on the agenda",
      withKpi,
      { type: "agenda.step", sessionId: SESSION, itemId: ZAHLEN },
      "not_found",
    ],
    ["an unknown session", withKpi, { ...add(ZAHLEN, null), sessionId: "session-xx" }, "not_found"],
    ["a closed session", closed, update({ timeBoxMin: 20 }), "conflict"],
  ])("refuses %s and changes nothing", (_label, state, command, refused) => {
    const result = run(state, [command]);
    expect(result.refused).toBe(refused);
    expect(result.state).toBe(state);
  });

  it("refuses a thirty-first item", () => {
    const thirty = run(
      makeRoom(),
      Array.from({ length: 30 }, (_, i) => add(`item-${String(i).padStart(4, "0")}`, null)),
    );
    expect(thirty.refused).toBeNull();
    expect(run(thirty.state, [add(ZAHLEN, null)]).refused).toBe("limit_exceeded");
  });

  it("moves the room to an item and back to a phase; the spotlight goes out, the phase stays", () => {
    const lit = run(withKpi, [
      { type: "session.phase", sessionId: SESSION, phase: "review" },
      { type: "room.spotlight", item: { kind: "case", id: SHARED_CASE } },
    ]).state;
    const atItem = run(lit, [{ type: "agenda.step", sessionId: SESSION, itemId: KPI }]).state;
    expect(atItem.sessions[SESSION]).toMatchObject({ phase: "review", agendaStep: KPI });
    expect(atItem.room.spotlight).toBeNull();

    const back = run(atItem, [{ type: "session.phase", sessionId: SESSION, phase: "cases" }]).state;
    expect(back.sessions[SESSION]).toMatchObject({ phase: "cases", agendaStep: null });

    const removed = run(atItem, [{ type: "agenda.remove", sessionId: SESSION, itemId: KPI }]).state;
    expect(removed.sessions[SESSION]).toMatchObject({ phase: "review", agendaStep: null, agenda: [] });
  });
});

describe("the agenda in the minutes", () => {
  it("lists the items among the phases in German and English, and nothing for the five phases alone", () => {
    const { state } = run(makeRoom(), [
      {
        type: "agenda.add",
        sessionId: SESSION,
        itemId: KPI,
        values: {
          title: "KPI-Check Liefertreue",
          ownerId: CARLA,
          timeBoxMin: 15,
          notes: "OTIF je Werk",
          before: "review",
        },
      },
    ]);
    const de = minutesMarkdown(sessionMinutes(state, SESSION) as Minutes, "de");
    expect(de).toContain(
      [
        "## Tagesordnung",
        "",
        "1. Check-in",
        "2. **KPI-Check Liefertreue** (15 Min., Verantwortlich: Carla) – OTIF je Werk",
        "3. Überprüfung",
      ].join("\n"),
    );
    const en = minutesMarkdown(sessionMinutes(state, SESSION) as Minutes, "en");
    expect(en).toContain("2. **KPI-Check Liefertreue** (15 min, Owner: Carla) – OTIF je Werk");
    expect(minutesMarkdown(sessionMinutes(makeRoom(), SESSION) as Minutes, "de")).not.toContain("## Tagesordnung");
  });
});
