import { describe, expect, it, vi } from "vitest";
import { InOrder } from "../../client/src/sync/inOrder.js";

describe("InOrder", () => {
  it("holds back what came after a step that is still reading", async () => {
    const inbound = new InOrder();
    const seen: string[] = [];
    let finishReading = (): void => undefined;
    const reading = new Promise<void>((resolve) => {
      finishReading = resolve;
    });
    inbound.push(async () => {
      await reading;
      seen.push("snapshot");
    });
    inbound.push(() => {
      seen.push("event");
    });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(seen).toEqual([]);
    finishReading();
    await vi.waitFor(() => expect(seen).toEqual(["snapshot", "event"]));
  });

  it("goes on after a step that failed", async () => {
    const inbound = new InOrder();
    const errors = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const seen: string[] = [];
    inbound.push(() => {
      throw new Error("kaputt");
    });
    inbound.push(() => {
      seen.push("next");
    });
    await vi.waitFor(() => expect(seen).toEqual(["next"]));
    expect(errors).toHaveBeenCalledOnce();
    errors.mockRestore();
  });
});
