import { cleanup, fireEvent, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { StartPage } from "../../client/src/features/start/StartPage.js";
import type { SecurityConfig } from "../../server/config.js";
import { startTestServer } from "../support/server.js";
import { storageTargets, type StorageTarget } from "../support/storages.js";
import { renderWithStore } from "./support/render.js";

const realFetch = globalThis.fetch;

describe("the start page against a real server (SQLite)", () => {
  let target: StorageTarget | undefined;
  let server: Awaited<ReturnType<typeof startTestServer>> | undefined;

  /** A real server; the page's requests (to its own origin) go to it, `/api/signup` unanswered when `unreachableSignup`. */
  async function serve(security: Partial<SecurityConfig>, unreachableSignup = false): Promise<void> {
    const sqlite = storageTargets()[0];
    if (!sqlite) throw new Error("no SQLite target");
    target = await sqlite[1]();
    const running = await startTestServer(target, undefined, security);
    server = running;
    vi.spyOn(globalThis, "fetch").mockImplementation((input, init) => {
      const path = String(input);
      if (unreachableSignup && path === "/api/signup") return Promise.reject(new TypeError("network"));
      return realFetch(new URL(path, running.url), init);
    });
  }

  afterEach(async () => {
    cleanup();
    vi.restoreAllMocks();
    await server?.close();
    await target?.cleanup();
    server = undefined;
    target = undefined;
  });

  it("says who makes series instead of offering forms when signup is closed", async () => {
    await serve({ openSignup: false });
    renderWithStore(<StartPage />);
    expect((await screen.findByTestId("signup-closed")).textContent).toMatch(/nur seine Betreiber/);
    expect(screen.queryByRole("button", { name: "Reihe anlegen" })).toBeNull();
    expect(screen.queryByTestId("load-example")).toBeNull();
    expect(screen.queryByTestId("import-backup")).toBeNull();
    expect(screen.getByText("Zuletzt geöffnet")).toBeTruthy();
  });

  it("offers the forms when signup is open", async () => {
    await serve({});
    renderWithStore(<StartPage />);
    await vi.waitFor(() => expect(vi.mocked(globalThis.fetch)).toHaveBeenCalledWith("/api/signup"));
    expect(screen.getByRole("button", { name: "Reihe anlegen" })).toBeTruthy();
    expect(screen.getByTestId("load-example")).toBeTruthy();
    expect(screen.queryByTestId("signup-closed")).toBeNull();
  });

  it("explains a refusal of a closed server when the page could not ask before", async () => {
    await serve({ openSignup: false }, true);
    renderWithStore(<StartPage />);
    fireEvent.change(screen.getByLabelText("Name der Reihe"), { target: { value: "S&OP Nord" } });
    fireEvent.change(screen.getByLabelText("Ihr Name"), { target: { value: "Anna" } });
    fireEvent.click(screen.getByRole("button", { name: "Reihe anlegen" }));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toBe("Auf diesem Server legt nur der Betreiber neue Reihen an.");
  });
});
