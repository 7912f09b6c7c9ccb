import { describe, expect, it } from "vitest";
import { agendaSteps, stepAfter } from "@common/domain/agenda/order.js";
import { apply, checkCommand } from "@common/domain/apply.js";
import { clientCommandSchema, seriesStateSchema, type ClientCommand } from "@common/domain/commands.js";
import { closeCommand } from "@common/domain/schedule/closeCommand.js";
import { BUILTIN_TEMPLATES, TEMPLATE_IDS, type TemplateId } from "@common/domain/templates/builtin.js";
import { agendaFromTemplate, templateItems } from "@common/domain/templates/fromTemplate.js";
import type { AgendaItem, SeriesState, SeriesTemplate, Session } from "@common/domain/types.js";
import { projectState } from "@common/domain/visibility/project.js";
import { viewerOf } from "@common/domain/visibility/viewer.js";
import type { Language } from "@common/i18n/translate.js";
import { LIMITS } from "@common/limits.js";
import { ANNA, CARLA, DORIS, makeRoom, SESSION } from "./fixtures.js";

const PLANNED = "session-02";
const KPI = "kpicheck-0001";
const OPEN_CASE = "case-open01";

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

/** Ids "tpl-item-001", "tpl-item-002", … in order: what a client's nanoid would be, but foreseeable. */
function counter(prefix = "tpl-item"): () => string {
  let n = 0;
  return () => `${prefix}-${String(++n).padStart(3, "0")}`;
}

function item(id: string, changes: Partial<AgendaItem> = {}): AgendaItem {
  return { id, title: "KPI-Check Liefertreue", ownerId: null, timeBoxMin: 15, notes: "", before: "review", ...changes };
}

/** The agenda of a session as the stepper reads it: phases by name, items by title. */
function stepsOf(session: Session | undefined): string[] {
  if (!session) throw new Error("no session");
  return agendaSteps(session).map((step) => (step.kind === "phase" ? step.phase : `[${step.item.title}]`));
}

function sessionOf(state: SeriesState, id: string): Session {
  const session = state.sessions[id];
  if (!session) throw new Error(`no session ${id}`);
  return session;
}

/** The room with a second, planned session with no agenda items. */
function withPlanned(): SeriesState {
  return makeRoom([{ type: "session.add", sessionId: PLANNED, values: { date: "2026-12-18" } }]);
}

const KPI_ADDED: ClientCommand = {
  type: "agenda.add",
  sessionId: SESSION,
  itemId: KPI,
  values: { title: "KPI-Check Liefertreue", ownerId: CARLA, timeBoxMin: 15, notes: "OTIF je Werk", before: "cases" },
};

describe("the built-in templates", () => {
  it.each<[TemplateId, Language, string[]]>([
    ["sop_monthly", "de", ["check_in", "[KPI-Check]", "review", "cases", "agreements", "close"]],
    [
      "experience_workshop",
      "de",
      [
        "check_in",
        "review",
        "[Interessen sammeln]",
        "[Interessenkollisionen benennen]",
        "cases",
        "agreements",
        "close",
      ],
    ],
    [
      "peer_visit",
      "de",
      ["check_in", "[Rundgang]", "[Beobachtungen]", "review", "cases", "agreements", "[Mitnehmen]", "close"],
    ],
    [
      "strategy_retreat",
      "de",
      [
        "check_in",
        "[Strategie und Ziele bestätigen]",
        "[Ziele aufschlüsseln]",
        "review",
        "cases",
        "agreements",
        "close",
        "[Ausblick bis zur nächsten Klausur]",
      ],
    ],
    [
      "peer_visit",
      "en",
      ["check_in", "[Tour]", "[Observations]", "review", "cases", "agreements", "[Take-home]", "close"],
    ],
  ])("%s (%s) places its items around the five phases", (id, language, steps) => {
    const state = withPlanned();
    const agenda = agendaFromTemplate(state, { kind: "builtin", id }, counter(), language);
    expect(stepsOf({ ...sessionOf(state, PLANNED), agenda })).toEqual(steps);
    // Every item is one a session takes: a title, notes and a time box within the limits.
    for (const made of agenda) {
      expect(made.title.trim()).not.toBe("");
      expect(made.notes.trim()).not.toBe("");
      expect(made.timeBoxMin).toBeGreaterThanOrEqual(1);
      expect(made.timeBoxMin).toBeLessThanOrEqual(LIMITS.agendaTimeBoxMin);
    }
  });

  it("are the four of the method, each with items", () => {
    expect([...TEMPLATE_IDS].sort()).toEqual(["experience_workshop", "peer_visit", "sop_monthly", "strategy_retreat"]);
    for (const id of TEMPLATE_IDS) expect(BUILTIN_TEMPLATES[id].items.length).toBeGreaterThan(0);
  });

  it("makes new ids for every copy and drops an owner who is no longer in the series", () => {
    const state = withPlanned();
    const own: SeriesTemplate = {
      kind: "own",
      items: [
        { title: "KPI-Check", ownerId: CARLA, timeBoxMin: 15, notes: "", before: "review" },
        { title: "Input Partner X", ownerId: "person-gone", timeBoxMin: 20, notes: "", before: null },
      ],
    };
    expect(agendaFromTemplate(state, own, counter("a"), "de")).toEqual([
      { id: "a-001", title: "KPI-Check", ownerId: CARLA, timeBoxMin: 15, notes: "", before: "review" },
      { id: "a-002", title: "Input Partner X", ownerId: null, timeBoxMin: 20, notes: "", before: null },
    ]);
    expect(agendaFromTemplate(state, own, counter("b"), "de").map((i) => i.id)).toEqual(["b-001", "b-002"]);
    expect(templateItems(undefined, "de")).toEqual([]);
  });
});

describe("template commands", () => {
  const fill = (items: AgendaItem[], sessionId = PLANNED): ClientCommand => ({
    type: "template.apply",
    sessionId,
    items,
  });
  const many = Array.from({ length: LIMITS.agendaItemsPerSession + 1 }, (_, i) =>
    item(`item-${String(i).padStart(4, "0")}`),
  );

  it.each<[string, SeriesState, ClientCommand[], string | null, (state: SeriesState) => unknown, unknown]>([
    [
      "choosing a built-in template",
      makeRoom(),
      [{ type: "template.choose", template: "sop_monthly" }],
      null,
      (s) => s.template,
      { kind: "builtin", id: "sop_monthly" },
    ],
    [
      "choosing none takes the template away",
      makeRoom(),
      [
        { type: "template.choose", template: "peer_visit" },
        { type: "template.choose", template: null },
      ],
      null,
      (s) => "template" in s,
      false,
    ],
    [
      "saving a session's agenda: its items without ids, owners kept",
      makeRoom(),
      [KPI_ADDED, { type: "template.save", sessionId: SESSION }],
      null,
      (s) => s.template,
      {
        kind: "own",
        items: [
          { title: "KPI-Check Liefertreue", ownerId: CARLA, timeBoxMin: 15, notes: "OTIF je Werk", before: "cases" },
        ],
      },
    ],
    [
      "applying to a planned session without items",
      withPlanned(),
      [fill([item("item-0001"), item("item-0002", { title: "Input", before: null })])],
      null,
      (s) => stepsOf(s.sessions[PLANNED]),
      ["check_in", "[KPI-Check Liefertreue]", "review", "cases", "agreements", "close", "[Input]"],
    ],
    [
      "planning a session with its agenda from the template",
      makeRoom(),
      [{ type: "session.add", sessionId: PLANNED, values: { date: "2026-12-18" }, agenda: [item("item-0001")] }],
      null,
      (s) => stepsOf(s.sessions[PLANNED]),
      ["check_in", "[KPI-Check Liefertreue]", "review", "cases", "agreements", "close"],
    ],
  ])("%s", (_name, state, commands, refused, read, expected) => {
    const result = run(state, commands);
    expect(result.refused).toBe(refused);
    expect(read(result.state)).toEqual(expected);
  });

  it.each<[string, SeriesState, ClientCommand, string]>([
    [
      "an unknown template",
      makeRoom(),
      { type: "template.choose", template: "quartalsrunde" as never },
      "invalid: unknown template",
    ],
    ["saving an agenda with no items", makeRoom(), { type: "template.save", sessionId: SESSION }, "conflict"],
    ["saving the agenda of no session", makeRoom(), { type: "template.save", sessionId: "session-none" }, "not_found"],
    ["applying to a session that has items", makeRoom([KPI_ADDED]), fill([item("item-0001")], SESSION), "conflict"],
    [
      "applying to a closed session",
      makeRoom([{ type: "session.close", sessionId: SESSION, confirmUndecided: true }]),
      fill([item("item-0001")], SESSION),
      "conflict",
    ],
    ["applying to no session", makeRoom(), fill([item("item-0001")], "session-none"), "not_found"],
    ["applying nothing", withPlanned(), fill([]), "invalid: a template brings at least one agenda item"],
    ["too many items", withPlanned(), fill(many), "invalid: a session has at most 30 agenda items"],
    [
      "a time box of 0",
      withPlanned(),
      fill([item("item-0001", { timeBoxMin: 0 })]),
      "invalid: the time box is at least 1 minute",
    ],
    [
      "a time box of 10,000",
      withPlanned(),
      fill([item("item-0001", { timeBoxMin: 10_000 })]),
      "invalid: the time box is at most 480 minutes",
    ],
    ["two items under one id", withPlanned(), fill([item("item-0001"), item("item-0001")]), "duplicate_id"],
    ["an owner not in the series", withPlanned(), fill([item("item-0001", { ownerId: "person-gone" })]), "not_found"],
    [
      "a new session with too many items",
      makeRoom(),
      { type: "session.add", sessionId: PLANNED, values: { date: "2026-12-18" }, agenda: many },
      "invalid: a session has at most 30 agenda items",
    ],
    [
      "a new session with a time box of 0",
      makeRoom(),
      {
        type: "session.add",
        sessionId: PLANNED,
        values: { date: "2026-12-18" },
        agenda: [item("item-0001", { timeBoxMin: 0 })],
      },
      "invalid: the time box is at least 1 minute",
    ],
    [
      "a next session with a time box of 10,000",
      makeRoom(),
      {
        type: "session.close",
        sessionId: SESSION,
        confirmUndecided: true,
        next: {
          sessionId: PLANNED,
          values: { date: "2026-12-18" },
          agenda: [item("item-0001", { timeBoxMin: 10_000 })],
        },
      },
      "invalid: the time box is at most 480 minutes",
    ],
    [
      "a next session whose item's owner is not in the series",
      makeRoom(),
      {
        type: "session.close",
        sessionId: SESSION,
        confirmUndecided: true,
        next: {
          sessionId: PLANNED,
          values: { date: "2026-12-18" },
          agenda: [item("item-0001", { ownerId: "person-gone" })],
        },
      },
      "not_found",
    ],
  ])("refuses %s and changes nothing", (_name, state, command, refused) => {
    const result = run(state, [command]);
    expect(result.refused).toBe(refused);
    expect(result.state).toBe(state);
  });
});

describe("a session starts from the series' template", () => {
  it("the next session made at the close has the template's items under new ids, and the carried case", () => {
    const before = makeRoom([
      KPI_ADDED,
      { type: "template.save", sessionId: SESSION },
      { type: "case.add", caseId: OPEN_CASE, values: { title: "Sonderformat", sessionId: SESSION } },
      { type: "session.update", sessionId: SESSION, changes: { nextDate: "2026-11-27" } },
    ]);
    const agenda = agendaFromTemplate(before, before.template, counter(), "de");
    const close = closeCommand(before, sessionOf(before, SESSION), {}, true, PLANNED, agenda);
    expect(close.next?.agenda?.map((i) => i.id)).toEqual(["tpl-item-001"]);
    const { state, refused } = run(before, [close]);
    expect(refused).toBeNull();
    const next = sessionOf(state, PLANNED);
    expect(stepsOf(next)).toEqual(["check_in", "review", "[KPI-Check Liefertreue]", "cases", "agreements", "close"]);
    expect(next.agenda?.[0]).toEqual({
      ...item("tpl-item-001"),
      ownerId: CARLA,
      notes: "OTIF je Werk",
      before: "cases",
    });
    // The session it was saved from keeps its own item: the two agendas are apart.
    expect(sessionOf(state, SESSION).agenda?.map((i) => i.id)).toEqual([KPI]);
    expect(state.cases[OPEN_CASE]?.sessionId).toBe(PLANNED);
  });

  it("a close that makes no session (one is planned) brings no agenda", () => {
    const state = withPlanned();
    const close = closeCommand(state, sessionOf(state, SESSION), {}, true, "session-03", [item("item-0001")]);
    expect(close.next).toBeUndefined();
  });

  it("the template is public: a viewer of another organisation sees it, and a backup keeps it", () => {
    const state = run(makeRoom([KPI_ADDED]), [{ type: "template.save", sessionId: SESSION }]).state;
    const doris = viewerOf(state, DORIS);
    if (!doris) throw new Error("Doris is in the series");
    expect(projectState(state, doris).template).toEqual(state.template);
    expect(seriesStateSchema.parse(JSON.parse(JSON.stringify(state))).template).toEqual(state.template);
  });
});

describe("Next follows the agenda", () => {
  const at = (agendaStep: string | null, phase: Session["phase"] = "review"): Session => ({
    ...sessionOf(makeRoom(), SESSION),
    phase,
    agendaStep,
    agenda: [
      item("kpi-00001", { before: "cases" }),
      item("zahlen-0001", { before: "cases" }),
      item("ende-00001", { before: null }),
    ],
  });
  const name = (session: Session): string | null => {
    const next = stepAfter(session);
    if (next === null) return null;
    return next.kind === "phase" ? next.phase : next.item.id;
  };

  it.each<[string, Session, string | null]>([
    ["from a phase to the first item before the next phase", at(null, "review"), "kpi-00001"],
    ["from an item to the next item at its place", at("kpi-00001"), "zahlen-0001"],
    ["from the last item at a place to the phase it stands before", at("zahlen-0001"), "cases"],
    // The session's phase is still the review: Next is not the phase after it, but what follows the item.
    [
      "from an item before the cases, though the session's phase is the agreements",
      at("zahlen-0001", "agreements"),
      "cases",
    ],
    ["from a phase with no items before the next", at(null, "check_in"), "review"],
    ["from the close to the item after it", at(null, "close"), "ende-00001"],
    ["from the last item: nothing", at("ende-00001", "close"), null],
    ["from the close without items after it: nothing", { ...at(null, "close"), agenda: [] }, null],
  ])("%s", (_name, session, expected) => {
    expect(name(session)).toBe(expected);
  });
});
