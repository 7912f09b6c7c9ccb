import { nanoid } from "nanoid";
import type { SeriesEvent } from "@common/domain/apply.js";
import type { ClientCommand } from "@common/domain/commands.js";
import type { SeriesState } from "@common/domain/types.js";
import { emptySeries } from "@common/domain/types.js";
import { PersonFunction } from "@common/domain/vocabulary.js";
import { LIMITS } from "@common/limits.js";
import { receiveEvents } from "@common/sync/pending.js";
import { createSeries, joinByInvite } from "../../tests/support/protocolClient.js";
import { nextCommand, sample, someText } from "./commandMix.js";
import { DeliveryLog } from "./deliveries.js";
import { LoadClient } from "./loadClient.js";
import { count, countError, noOutcomes, type Outcomes } from "./outcomes.js";

const CASES = 8;
const AGREEMENTS = 5;
const DOTS = 3;
/** A vote stays open up to this long; people stop putting dots two seconds before it is revealed. */
const VOTE_OPEN_MS = 12_000;
const VOTE_EVERY_MS = 30_000;
/** How long people stop putting dots before the reveal, so that none arrive after it. */
const VOTE_QUIET_MS = 2_000;

function sleep(ms: number): Promise<void> {
  return new Promise((done) => setTimeout(done, ms));
}

function exponential(mean: number): number {
  return -Math.log(1 - Math.random()) * mean;
}

/**
 * One series of a workshop day: a facilitator and participants, each on a
 * socket of its own, some on each server. The board the commands are chosen
 * from is the facilitator's, folded from the events it receives.
 */
export class WorkshopSeries {
  readonly outcomes: Outcomes = noOutcomes();
  private board: SeriesState = emptySeries("");
  private readonly members: LoadClient[] = [];
  private readonly ballots = new Map<number, Set<string>>();
  private log: DeliveryLog = new DeliveryLog(1);
  private sessionId = "";
  private voteOpenedAt = Number.NEGATIVE_INFINITY;
  private voteOpenMs = VOTE_OPEN_MS;
  private runStartedAt = 0;
  /** Seconds into the run at which the first connection dropped; NaN when none did. */
  firstDropSeconds = Number.NaN;

  constructor(
    private readonly urls: readonly string[],
    private readonly name: string,
    private readonly participants: number,
  ) {}

  /** Creates the series, lets everyone join and connect, and lays out a session with cases and agreements. */
  async setUp(): Promise<void> {
    const [first] = this.urls;
    if (!first) throw new Error("no server");
    const admission = await createSeries(first, this.name, "Moderation");
    this.log = new DeliveryLog(this.participants);
    const facilitator = await this.connect(0, admission.personId, admission.token, admission.seriesId);
    const invite = await facilitator.access({ action: "createInvite", role: "participant" });
    if (!invite.ok || !invite.created) throw new Error(`invite refused: ${JSON.stringify(invite)}`);
    const token = invite.created.token;
    const joined = await Promise.all(
      Array.from({ length: this.participants - 1 }, (_, i) =>
        joinByInvite(first, token, {
          name: `Teilnehmer ${i + 1}`,
          function: i % 2 === 0 ? PersonFunction.sales : PersonFunction.operations,
        }),
      ),
    );
    await this.prepareBoard(joined.map((j) => j.personId));
    for (const [i, admitted] of joined.entries()) {
      await this.connect(i + 1, admitted.personId, admitted.token, admitted.seriesId);
    }
  }

  /** Runs bursts of commands, and a vote now and then, for `seconds`; resolves when all were answered. */
  async run(seconds: number): Promise<void> {
    this.log.start();
    this.runStartedAt = performance.now();
    const end = performance.now() + seconds * 1000;
    // Bursts of about a third of the people, 1.5 commands each: one command per person per 10 s on average.
    const burstSize = Math.max(1, Math.ceil(this.participants / 3));
    const meanGapMs = (1.5 * burstSize * 10_000) / this.participants;
    const sends: Promise<void>[] = [this.facilitate(end)];
    await sleep(Math.random() * meanGapMs);
    while (performance.now() < end) {
      const people = sample([...this.members.keys()], burstSize);
      for (const member of people) sends.push(this.burstOf(member, end));
      await sleep(Math.min(exponential(meanGapMs), Math.max(0, end - performance.now())));
    }
    await Promise.all(sends);
  }

  /** The latencies, and what did not reach everyone. */
  figures(): { ackMs: number[]; othersMs: number[]; undelivered: number } {
    return { ...this.log.result(), undelivered: this.log.undelivered() };
  }

  close(): void {
    for (const member of this.members) {
      if (member.dropped) {
        countError(this.outcomes, `disconnected (${member.dropped})`);
        const at = (member.droppedAt - this.runStartedAt) / 1000;
        this.firstDropSeconds = Number.isNaN(this.firstDropSeconds) ? at : Math.min(this.firstDropSeconds, at);
      }
      member.close();
    }
  }

  sockets(): number {
    return this.members.length;
  }

  private async connect(member: number, personId: string, token: string, seriesId: string): Promise<LoadClient> {
    const url = this.urls[member % this.urls.length] ?? this.urls[0] ?? "";
    const client = new LoadClient(url, personId, token, (events, at) => this.received(member, events, at));
    this.members[member] = client;
    const reply = await client.join(seriesId);
    if (!reply.ok) throw new Error(`hello refused: ${reply.error.message}`);
    if (member === 0 && reply.kind === "snapshot") this.board = reply.state;
    return client;
  }

  private received(member: number, events: readonly SeriesEvent[], at: number): void {
    for (const event of events) this.log.arrived(event.seq, member, at);
    if (member === 0) this.board = receiveEvents(this.board, [], events).confirmed;
  }

  private async prepareBoard(participantIds: string[]): Promise<void> {
    this.sessionId = nanoid();
    const today = new Date().toISOString().slice(0, 10);
    await this.must({ type: "session.add", sessionId: this.sessionId, values: { date: today, kind: "workshop" } });
    for (let i = 0; i < CASES; i += 1) {
      await this.must({
        type: "case.add",
        caseId: nanoid(),
        values: { title: `Fall ${i + 1}`, sessionId: this.sessionId, description: someText() },
      });
    }
    const owners = participantIds.slice(0, LIMITS.linksPerItem);
    for (let i = 0; i < AGREEMENTS; i += 1) {
      await this.must({
        type: "agreement.add",
        agreementId: nanoid(),
        values: { text: someText(), sessionId: this.sessionId, ownerIds: owners },
      });
    }
  }

  private async must(command: ClientCommand): Promise<void> {
    const facilitator = this.members[0];
    if (!facilitator) throw new Error("no facilitator");
    const { reply } = await facilitator.send(command);
    if (!reply.ok) throw new Error(`${command.type}: ${reply.error.message}`);
  }

  /**
   * The facilitator opens a vote every half minute, reveals it after twelve
   * seconds (a third of a shorter run) and closes it; never past `end`.
   */
  private async facilitate(end: number): Promise<void> {
    const left = (): number => Math.max(0, end - performance.now());
    this.voteOpenMs = Math.min(VOTE_OPEN_MS, left() / 3);
    await sleep(Math.random() * Math.min(10_000, left() / 6));
    while (performance.now() + this.voteOpenMs + 1_000 < end) {
      this.ballots.clear();
      await this.send(0, {
        type: "vote.open",
        sessionId: this.sessionId,
        target: "cases",
        dotsPerPerson: DOTS,
        stacking: false,
      });
      this.voteOpenedAt = performance.now();
      await sleep(this.voteOpenMs);
      await this.send(0, { type: "vote.reveal" });
      await sleep(1_000);
      await this.send(0, { type: "vote.close" });
      await sleep(Math.min(VOTE_EVERY_MS - this.voteOpenMs - 1_000, left()));
    }
  }

  /** One person's burst: one or two commands within a second or so. */
  private async burstOf(member: number, end: number): Promise<void> {
    const commands = Math.random() < 0.5 ? 1 : 2;
    for (let i = 0; i < commands; i += 1) {
      await sleep(i === 0 ? Math.random() * 1000 : 200 + Math.random() * 400);
      if (performance.now() >= end) return;
      const command = nextCommand(this.board, this.personOf(member), this.ballotWhileOpen(member));
      if (command) await this.send(member, command);
    }
  }

  private ballotWhileOpen(member: number): Set<string> | null {
    if (performance.now() - this.voteOpenedAt > this.voteOpenMs - VOTE_QUIET_MS) return null;
    const ballot = this.ballots.get(member) ?? new Set<string>();
    this.ballots.set(member, ballot);
    return ballot;
  }

  private personOf(member: number): string {
    return this.members[member]?.personId ?? "";
  }

  private async send(member: number, command: ClientCommand): Promise<void> {
    const client = this.members[member];
    if (!client) return;
    if (command.type === "vote.cast") this.ballots.get(member)?.add(command.itemId);
    try {
      const { reply, sentAt, ackAt } = await client.send(command);
      count(this.outcomes, command.type, reply);
      if (reply.ok && !reply.duplicate) this.log.acked(reply.seq, member, sentAt, ackAt);
    } catch (error) {
      count(this.outcomes, command.type, error instanceof Error ? error : new Error(String(error)));
    }
  }
}
