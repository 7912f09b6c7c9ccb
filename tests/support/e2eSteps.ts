import type { Page } from "playwright-core";
import { expect } from "vitest";

const BOARD = /\/s\/[A-Za-z0-9_-]+$/;

/** A new series from the start page, by its first facilitator; resolves once the board is open. */
export async function createSeries(page: Page, baseUrl: string, name: string, creator: string): Promise<void> {
  await page.goto(baseUrl);
  await page.getByLabel("Name der Reihe").fill(name);
  await page.getByLabel("Ihr Name").fill(creator);
  await page.getByRole("button", { name: "Reihe anlegen" }).click();
  await page.waitForURL(BOARD);
}

/** A new participant link made in the invite panel, which is closed again. */
export async function participantLink(page: Page): Promise<string> {
  await page.getByTestId("invite-open").click();
  await page.getByTestId("invite-create-participant").click();
  const link = await page.getByTestId("invite-link").inputValue();
  await page.getByTestId("invite-close").click();
  return link;
}

/** Someone new joins through an invite link: name and, when given, a new organisation and a function. */
export async function joinThrough(
  page: Page,
  link: string,
  person: { name: string; org?: string; fn?: string },
): Promise<void> {
  await page.goto(link);
  await expect.poll(() => page.url()).not.toContain("#");
  await page.getByTestId("join-name").fill(person.name);
  if (person.org !== undefined) await page.getByTestId("join-new-org").fill(person.org);
  if (person.fn !== undefined) await page.getByTestId("join-function").selectOption(person.fn);
  await page.getByRole("button", { name: "Teilnehmen" }).click();
  await page.waitForURL(BOARD);
}
