import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { chromiumPath, screenshotPath } from "../support/browser.js";
import { e2eApp } from "../support/e2eApp.js";
import { createSeries, joinThrough, participantLink } from "../support/e2eSteps.js";

const executablePath = chromiumPath();

describe.runIf(executablePath)("attendance at check-in and the recap at the close, in three browsers", () => {
  const app = e2eApp(executablePath ?? "");

  const shot = (page: Page, name: string) =>
    page.screenshot({ path: screenshotPath(`attendance-${name}`), fullPage: true });

  async function join(link: string, name: string, org: string, fn: string): Promise<Page> {
    const page = await app.openPage({ width: 1280, height: 900 });
    await joinThrough(page, link, { name, org, fn });
    return page;
  }

  const row = (page: Page, name: string) => page.getByTestId("check-in-person").filter({ hasText: name });

  it("people mark themselves, the facilitator corrects, the close recaps it and plans the next session", async () => {
    const katrin = await app.openPage({ width: 1400, height: 1000 });
    await createSeries(katrin, app.server().url, "Erfahrungsworkshop Nord", "Katrin Vogel");
    const link = await participantLink(katrin);
    await katrin.getByTestId("session-add-date").fill("2026-11-23");
    await katrin.getByTestId("session-add-submit").click();

    const anna = await join(link, "Anna Hansen", "Feinkost Hansen", "sales");
    const bernd = await join(link, "Bernd Lindner", "Hofmolkerei Lindner", "operations");
    await expect.poll(() => katrin.getByTestId("online-person").count()).toBe(3);

    // Anna taps "Ich bin da"; everyone sees it at once.
    await anna.getByTestId("attendance-self").click();
    await expect.poll(() => anna.getByTestId("attendance-self-done").textContent()).toContain("Anwesend");
    await expect.poll(() => row(bernd, "Anna Hansen").getByTestId("attendance-status").textContent()).toBe("Anwesend");
    await expect
      .poll(() => row(katrin, "Anna Hansen").getByTestId("attendance-present").getAttribute("aria-pressed"))
      .toBe("true");
    // The facilitator takes the rest of the room over, then corrects Bernd to excused.
    await katrin.getByTestId("attendance-take-online").click();
    await expect
      .poll(() => katrin.getByTestId("attendance-summary").textContent())
      .toBe("Anwesend 3 · Entschuldigt 0 · Gäste 0");
    await row(katrin, "Bernd Lindner").getByTestId("attendance-excused").click();
    await expect
      .poll(() => anna.getByTestId("attendance-summary").textContent())
      .toBe("Anwesend 2 · Entschuldigt 1 · Gäste 0");
    // The check-in round: Katrin asks one of the suggested questions, Anna answers, everyone reads it by name.
    await katrin.getByRole("button", { name: "Was erwarten Sie von der heutigen Sitzung?" }).click();
    await expect
      .poll(() => anna.getByTestId("check-in-question-text").textContent())
      .toBe("Was erwarten Sie von der heutigen Sitzung?");
    await anna.getByTestId("check-in-answer").fill("Klarheit, wer Eilaufträge zusagt");
    await anna.getByRole("button", { name: "Antworten" }).click();
    await expect
      .poll(() => bernd.getByTestId("check-in-answer-row").allTextContents())
      .toEqual(["Anna Hansen: Klarheit, wer Eilaufträge zusagt"]);
    await shot(katrin, "check-in");

    // The close: the recap shows who was there; the next session is created from the next date in one click.
    await katrin.getByTestId("phase-close").click();
    await expect
      .poll(() => anna.getByTestId("recap-attendance-present").textContent())
      .toBe("Anwesend (2): Anna Hansen, Katrin Vogel");
    await expect.poll(() => anna.getByTestId("recap-next").count()).toBe(0);
    await katrin.getByTestId("session-next-date").fill("2026-12-14");
    await katrin.getByTestId("recap-next-create").click();
    await expect.poll(() => katrin.getByTestId("session-item").count()).toBe(2);
    await expect.poll(() => katrin.getByTestId("session-board").getAttribute("data-phase")).toBe("check_in");
    await shot(katrin, "next-session");

    // The minutes of the first session carry the round.
    const seriesPath = new URL(anna.url()).pathname;
    await anna.goto(`${app.server().url}${seriesPath}/minutes`);
    await anna
      .getByTestId("exports-session")
      .filter({ hasText: "2026" })
      .filter({ hasText: "23" })
      .getByTestId("exports-minutes-open")
      .click();
    await expect
      .poll(() => anna.getByTestId("minutes-check-in").textContent())
      .toContain("Anna Hansen: Klarheit, wer Eilaufträge zusagt");
  });
});
