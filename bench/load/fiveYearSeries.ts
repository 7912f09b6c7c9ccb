import { nanoid } from "nanoid";
import type { ClientCommand, PersonJoin } from "@common/domain/commands.js";
import { agreementsDueForReview } from "@common/domain/rules/review.js";
import { NoteList, PersonFunction, Stage } from "@common/domain/vocabulary.js";
import { createSeriesWithCreator } from "../../server/access/people.js";
import { executeCommand, executeDeps, type ExecuteDeps } from "../../server/series/execute.js";
import { openStorage } from "../../server/storage/open.js";
import type { LongSeriesSize } from "../options.js";
import type { StorageTarget } from "../servers/storageTarget.js";
import { pick, someText } from "./commandMix.js";
import { OPERATOR_ORIGIN } from "../../server/security/seriesGate.js";

/** The five-year series as built: how to open it, and how big it came out. */
export interface FiveYearSeries {
  seriesId: string;
  facilitatorId: string;
  token: string;
  events: number;
  sessions: number;
  cases: number;
  agreements: number;
  buildSeconds: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const PEOPLE = 12;

/**
 * A series run monthly for five years, written before the server starts:
 * every event is a real command through the server's own command path
 * (executeCommand: authorize, check, apply, commit) against the same
 * storage the server will open, so the history is what the domain made.
 */
export async function buildFiveYearSeries(target: StorageTarget, size: LongSeriesSize): Promise<FiveYearSeries> {
  const started = performance.now();
  const storage = await openStorage(
    {
      port: 0,
      host: undefined,
      dataDir: target.dataDir,
      databaseUrl: target.databaseUrl,
      redisUrl: undefined,
      clientDir: "",
    },
    () => undefined,
  );
  // The clock walks from five years ago, a second per event, a month per session.
  let clock = Date.now() - size.sessions * 30 * DAY_MS;
  const deps: ExecuteDeps = executeDeps(
    storage,
    () => undefined,
    () => new Date((clock += 1000)),
  );
  try {
    const created = await createSeriesWithCreator(
      deps,
      {
        name: "S&OP-Runde Nord (seit fünf Jahren)",
        creatorName: "Katrin Vogel",
      },
      OPERATOR_ORIGIN,
    );
    if (!created.ok) throw new Error(`create series: ${created.error.message}`);
    const { seriesId, personId: facilitatorId, token } = created.value;
    const builder = new HistoryWriter(deps, seriesId, facilitatorId);
    await builder.people();
    for (let s = 0; s < size.sessions; s += 1) {
      clock = Math.max(clock, Date.now() - (size.sessions - s) * 30 * DAY_MS);
      await builder.session(size, new Date(clock).toISOString().slice(0, 10), s === size.sessions - 1);
    }
    const state = await deps.cache.current(storage, seriesId);
    if (!state) throw new Error("the series vanished");
    return {
      seriesId,
      facilitatorId,
      token,
      events: state.seq,
      sessions: Object.keys(state.sessions).length,
      cases: Object.keys(state.cases).length,
      agreements: Object.keys(state.agreements).length,
      buildSeconds: (performance.now() - started) / 1000,
    };
  } finally {
    await storage.close();
  }
}

/** Writes the history of one series, command by command. */
class HistoryWriter {
  private readonly orgIds = [nanoid(), nanoid()];
  private readonly peopleIds: string[] = [];
  private readonly goalIds: string[] = [];

  constructor(
    private readonly deps: ExecuteDeps,
    private readonly seriesId: string,
    private readonly facilitatorId: string,
  ) {}

  async people(): Promise<void> {
    const [hansen, lindner] = this.orgIds;
    await this.by(this.facilitatorId, { type: "org.add", orgId: hansen ?? "", name: "Feinkost Hansen GmbH" });
    await this.by(this.facilitatorId, { type: "org.add", orgId: lindner ?? "", name: "Hofmolkerei Lindner KG" });
    for (let i = 0; i < PEOPLE; i += 1) {
      const personId = nanoid();
      this.peopleIds.push(personId);
      await this.by(personId, {
        type: "person.join",
        name: `Person ${i + 1}`,
        orgId: this.orgIds[i % 2] ?? null,
        function: i % 3 === 0 ? PersonFunction.operations : PersonFunction.sales,
        role: "participant",
        confirmed: true,
      });
    }
    for (const title of [
      "Deckungsbeitrag je Auftrag",
      "Liefertreue (OTIF)",
      "Rüstzeiten Linie 2",
      "Prognosegenauigkeit",
    ]) {
      const goalId = nanoid();
      this.goalIds.push(goalId);
      await this.by(this.facilitatorId, { type: "goal.add", goalId, values: { title, why: someText() } });
    }
  }

  /** One meeting: reviews of earlier agreements, its cases with edits and notes, its agreements with status updates. */
  async session(size: LongSeriesSize, date: string, upcoming: boolean): Promise<void> {
    const sessionId = nanoid();
    const f = this.facilitatorId;
    await this.by(f, {
      type: "session.add",
      sessionId,
      values: { date, place: "Besprechungsraum Werk", kind: "internal" },
    });
    await this.reviews(sessionId, size.reviewsPerSession);
    const caseIds: string[] = [];
    for (let c = 0; c < size.casesPerSession; c += 1) caseIds.push(await this.aCase(sessionId, date, size));
    for (let a = 0; a < size.agreementsPerSession; a += 1) await this.anAgreement(sessionId, date, caseIds, size);
    if (!upcoming) await this.by(f, { type: "session.close", sessionId, confirmUndecided: true });
  }

  private async reviews(sessionId: string, count: number): Promise<void> {
    const state = await this.deps.cache.current(this.deps.storage, this.seriesId);
    const due = state ? agreementsDueForReview(state, sessionId).slice(0, count) : [];
    for (const agreement of due) {
      const f = this.facilitatorId;
      const agreementId = agreement.id;
      await this.by(f, {
        type: "review.set",
        sessionId,
        agreementId,
        changes: { kept: "kept", outcome: "yes", evidence: someText() },
      });
      await this.by(f, { type: "review.decide", sessionId, agreementId, decision: "close", successor: null });
    }
  }

  private async aCase(sessionId: string, date: string, size: LongSeriesSize): Promise<string> {
    const caseId = nanoid();
    const presenter = this.someone();
    await this.by(presenter, {
      type: "case.add",
      caseId,
      values: {
        title: someText().slice(0, 80),
        sessionId,
        description: someText(),
        presenterId: presenter,
        happenedOn: date,
        stage: pick(Object.values(Stage)) ?? null,
        customer: "Handelskette Süd",
      },
    });
    for (let e = 0; e < size.caseEdits; e += 1) {
      const changes =
        e % 3 === 0
          ? { salesView: someText() }
          : e % 3 === 1
            ? { operationsView: someText() }
            : { marginImpact: -100 * e };
      await this.by(this.someone(), { type: "case.update", caseId, changes });
    }
    for (let n = 0; n < size.notesPerCase; n += 1) {
      const list = pick(Object.values(NoteList)) ?? NoteList.wentWell;
      await this.by(this.someone(), { type: "case.note.add", caseId, list, noteId: nanoid(), text: someText() });
    }
    return caseId;
  }

  private async anAgreement(sessionId: string, date: string, caseIds: string[], size: LongSeriesSize): Promise<void> {
    const agreementId = nanoid();
    const owner = this.someone();
    const due = new Date(Date.parse(date) + 30 * DAY_MS).toISOString().slice(0, 10);
    await this.by(owner, {
      type: "agreement.add",
      agreementId,
      values: {
        text: someText(),
        level: "operational",
        due,
        caseId: pick(caseIds) ?? null,
        outcome: "OTIF ≥ 95 %",
        sessionId,
        ownerIds: [owner],
        goalIds: [pick(this.goalIds) ?? ""],
      },
    });
    for (let u = 0; u < size.statusUpdates; u += 1) {
      await this.by(owner, {
        type: "agreement.status",
        agreementId,
        status: u % 2 ? "in_progress" : "open",
        comment: someText(),
      });
    }
  }

  private someone(): string {
    return pick(this.peopleIds) ?? this.facilitatorId;
  }

  private async by(actorId: string, command: ClientCommand | PersonJoin): Promise<void> {
    const result = await executeCommand(this.deps, {
      seriesId: this.seriesId,
      commandId: nanoid(),
      actorId,
      command,
      // Joins are the server's own (as through an invite link); everything else is checked as sent.
      trusted: command.type === "person.join",
    });
    if (!result.ok) throw new Error(`five-year series, ${command.type}: ${result.error.message}`);
  }
}
