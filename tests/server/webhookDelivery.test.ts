import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addressProblem, webhookTargetProblem } from "../../server/webhook/address.js";
import { postJson } from "../../server/webhook/deliver.js";
import { startWebhookReceiver, type WebhookReceiver } from "../support/webhookReceiver.js";

describe("which resolved addresses a webhook may post to", () => {
  it.each([
    ["93.184.215.14", false, true],
    ["2606:2800:21f:cb07:6820:80da:af6b:8b2c", false, true],
    ["127.0.0.1", false, false],
    ["127.0.0.1", true, true],
    ["::1", true, true],
    ["10.20.30.40", true, false],
    ["172.20.0.5", false, false],
    ["192.168.0.1", false, false],
    ["100.64.1.1", false, false],
    ["169.254.169.254", false, false],
    ["0.0.0.0", false, false],
    ["fd12:3456::1", false, false],
    ["fe80::1", false, false],
    ["::ffff:192.168.0.1", false, false],
    ["::ffff:127.0.0.1", false, false],
    ["224.0.0.1", false, false],
  ])("%s (loopback allowed: %s) may be posted to: %s", (address, allowLoopback, allowed) => {
    expect(addressProblem(address, allowLoopback) === null).toBe(allowed);
  });

  it("resolves a name first: localhost is this machine", async () => {
    expect(await webhookTargetProblem("https://localhost/hook", false)).toMatch(/public host/);
    expect(await webhookTargetProblem("https://name.invalid/hook", false)).toMatch(/not found/);
  });
});

describe("one POST to a webhook", () => {
  let receiver: WebhookReceiver;

  beforeAll(async () => {
    receiver = await startWebhookReceiver();
  });

  afterAll(async () => {
    await receiver.close();
  });

  it("delivers on 2xx, names a failing status without the receiver's answer, gives up at its timeout, refuses this machine without the flag", async () => {
    const byName = receiver.url.replace("127.0.0.1", "localhost");
    expect(await postJson(byName, { text: "eins" }, true)).toEqual({ ok: true });
    receiver.status = 302;
    expect(await postJson(receiver.url, { text: "zwei" }, true)).toEqual({ ok: false, reason: "HTTP 302" });
    receiver.status = 500;
    expect(await postJson(receiver.url, { text: "drei" }, true)).toEqual({ ok: false, reason: "HTTP 500" });
    receiver.status = 200;
    receiver.delayMs = 1_000;
    expect(await postJson(receiver.url, { text: "vier" }, true, 200)).toEqual({ ok: false, reason: "timeout" });
    receiver.delayMs = 0;
    expect(await postJson(byName, { text: "fünf" }, false)).toEqual({ ok: false, reason: "address not allowed" });
    expect(await postJson(receiver.url, { text: "sechs" }, false)).toEqual({
      ok: false,
      reason: "address not allowed",
    });
    expect(receiver.posts.map((p) => (p.body as { text: string }).text)).toEqual(["eins", "zwei", "drei", "vier"]);
  });
});
