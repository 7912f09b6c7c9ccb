import { act, screen } from "@testing-library/react";
import { BoardScreen } from "../../../client/src/features/board/BoardScreen.js";
import { Toasts } from "../../../client/src/ui/Toasts.js";
import { connectAndJoin, startClient, type Harness } from "./harness.js";
import { renderWithStore } from "./render.js";
import type { EventLog } from "./series.js";

/** The board (with its notices) as `me` sees it, connected and caught up with `log`. */
export function openBoard(me: string, log: EventLog): Harness {
  const harness = startClient(me);
  renderWithStore(
    <>
      <BoardScreen />
      <Toasts />
    </>,
    { store: harness.store, sync: harness.client },
  );
  act(() => connectAndJoin(harness.transport, log));
  return harness;
}

/** The card of one case on the rendered board. */
export function caseCard(caseId: string): HTMLElement {
  const card = screen.getAllByTestId("case-card").find((c) => c.dataset.caseId === caseId);
  if (!card) throw new Error(`no card for ${caseId}`);
  return card;
}
