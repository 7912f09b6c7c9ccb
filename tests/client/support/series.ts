import { applyAll, type SeriesEvent } from "@common/domain/apply.js";
import type { ClientCommand, EventCommand, PersonJoin } from "@common/domain/commands.js";
import type { PersonFunction, Role } from "@common/domain/vocabulary.js";
import { emptySeries, type SeriesState } from "@common/domain/types.js";

export const SERIES_ID = "series-0001";
export const ALICE = "person-alice";
export const BOB = "person-bob";

/** Builds a series' committed events one by one, numbering them like the server. */
export class EventLog {
  readonly events: SeriesEvent[] = [];

  constructor(readonly seriesId: string = SERIES_ID) {}

  get seq(): number {
    return this.events.length;
  }

  /** Appends an event; the command id defaults to a fresh one. */
  add(actorId: string, command: EventCommand, commandId = `cmd-${String(this.seq + 1).padStart(6, "0")}`): SeriesEvent {
    const event: SeriesEvent = {
      seq: this.seq + 1,
      commandId,
      actorId,
      at: new Date(Date.UTC(2025, 0, 1, 9, 0, this.seq)).toISOString(),
      command,
    };
    this.events.push(event);
    return event;
  }

  /** The state after every event so far. */
  state(): SeriesState {
    return applyAll(emptySeries(this.seriesId), this.events);
  }

  /** The state after the events up to `seq`. */
  stateAt(seq: number): SeriesState {
    return applyAll(
      emptySeries(this.seriesId),
      this.events.filter((e) => e.seq <= seq),
    );
  }

  since(seq: number): SeriesEvent[] {
    return this.events.filter((e) => e.seq > seq);
  }
}

/** A series "Werk Nord" created by Alice, which Bob joined. */
export function makeSeries(options: { withBob?: boolean; cases?: Record<string, string> } = {}): EventLog {
  const log = new EventLog();
  log.add(ALICE, { type: "series.create", name: "Werk Nord", creatorName: "Alice Adler" });
  if (options.withBob ?? true) log.add(BOB, joinAs("Bob Berger"));
  for (const [caseId, title] of Object.entries(options.cases ?? {})) {
    log.add(ALICE, { type: "case.add", caseId, values: { title, description: "" } });
  }
  return log;
}

/** A person joining (as the server issues it): a participant by default. */
export function joinAs(
  name: string,
  options: { role?: Role; orgId?: string | null; function?: PersonFunction | null } = {},
): PersonJoin {
  return {
    type: "person.join",
    name,
    orgId: options.orgId ?? null,
    confirmed: true,
    function: options.function ?? null,
    role: options.role ?? "participant",
  };
}

/** A command adding a case. */
export function addCase(caseId: string, title: string, description = ""): ClientCommand {
  return { type: "case.add", caseId, values: { title, description } };
}
