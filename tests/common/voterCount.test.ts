import { describe, expect, it } from "vitest";
import { apply, type SeriesEvent } from "@common/domain/apply.js";
import type { SeriesState } from "@common/domain/types.js";
import { eventIsPublic, projectEvent, projectState } from "@common/domain/visibility/project.js";
import { viewerOf } from "@common/domain/visibility/viewer.js";
import { makeEvents } from "../support/factories.js";
import { CARLA, DORIS, SESSION, SHARED_CASE, makeRoom, type Step } from "./fixtures.js";

const OTHER_CASE = "case-other";

/** Commits steps one by one and folds each as `viewer` receives it, as the server and that person's client do. */
function commitAndFold(start: SeriesState, steps: readonly Step[], personId: string) {
  let server = start;
  let client = projectState(start, viewerOf(start, personId) ?? { personId, orgId: null, role: "participant" });
  for (const event of makeEvents(steps, start.seq + 1)) {
    const after = apply(server, event);
    const viewer = viewerOf(after, personId);
    if (!viewer) throw new Error("not a person of the series");
    const received: SeriesEvent = eventIsPublic(event, server, after)
      ? event
      : projectEvent(event, server, after, viewer).event;
    client = apply(client, received);
    server = after;
  }
  return { server, client };
}

// Found by the sync fuzz: someone who had not voted saw "0 voted" after an unvoted case was removed.
describe("the number of voters, as a client holding only its own ballot counts it", () => {
  const start = makeRoom([
    { type: "case.add", caseId: OTHER_CASE, values: { title: "Ohne Punkte", sessionId: SESSION } },
    { type: "vote.open", sessionId: SESSION, target: "cases", dotsPerPerson: 3, stacking: false },
  ]);

  it.each([
    ["a case nobody voted for is removed", [{ type: "case.remove", caseId: OTHER_CASE }], 1],
    ["the only voted case is removed", [{ type: "case.remove", caseId: SHARED_CASE }], 0],
  ] as const)("stays the server's when %s", (_, removal, voters) => {
    const steps: Step[] = [{ by: DORIS, command: { type: "vote.cast", itemId: SHARED_CASE, delta: 1 } }, ...removal];
    const { server, client } = commitAndFold(start, steps, CARLA);
    expect(server.room.voting?.voters).toBe(voters);
    expect(client.room.voting?.voters).toBe(voters);
  });
});
