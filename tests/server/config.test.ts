import { afterAll, describe, expect, it } from "vitest";
import { configFromEnv, listenProblem } from "../../server/config.js";
import { spawnServer } from "../support/server.js";
import { storageTargets, type StorageTarget } from "../support/storages.js";

describe("configuration from the environment", () => {
  it("takes the security settings and keeps the defaults for the rest", () => {
    const config = configFromEnv({
      EINKLANG_ALLOWED_ORIGINS: "https://board.example.com, http://localhost:5173",
      EINKLANG_TRUST_PROXY: "loopback",
      EINKLANG_MAX_CONNECTIONS_PER_IP: "50",
    });
    expect(config.security).toMatchObject({
      allowedOrigins: ["https://board.example.com", "http://localhost:5173"],
      trustProxy: "loopback",
      maxConnectionsPerIp: 50,
      messagesPerSecond: 20,
      httpRequestsPerMinute: 120,
    });
    expect(configFromEnv({}).security?.allowedOrigins).toBeNull();
  });

  it("opens signup, sets the quota and bounds the state cache by default; each can be set", () => {
    const MB = 1024 * 1024;
    expect(configFromEnv({})).toMatchObject({
      stateCacheBytes: 256 * MB,
      security: { openSignup: true, adminToken: null, seriesPerDay: 20, importBytesPerDay: 100 * MB },
    });
    const token = "a".repeat(24);
    const config = configFromEnv({
      EINKLANG_OPEN_SIGNUP: "false",
      EINKLANG_ADMIN_TOKEN: ` ${token} `,
      EINKLANG_SERIES_PER_DAY: "5",
      EINKLANG_IMPORT_MB_PER_DAY: "30",
      EINKLANG_STATE_CACHE_MB: "64",
    });
    expect(config).toMatchObject({
      stateCacheBytes: 64 * MB,
      security: { openSignup: false, adminToken: token, seriesPerDay: 5, importBytesPerDay: 30 * MB },
    });
  });

  it.each([
    ["EINKLANG_ALLOWED_ORIGINS", "board.example.com"],
    ["EINKLANG_ALLOWED_ORIGINS", "https://board.example.com/path"],
    ["EINKLANG_ALLOWED_ORIGINS", "javascript:alert(1)"],
    ["EINKLANG_MAX_CONNECTIONS_PER_IP", "0"],
    ["EINKLANG_MESSAGES_PER_SECOND", "viele"],
    ["EINKLANG_HTTP_REQUESTS_PER_MINUTE", "1.5"],
    ["EINKLANG_SNAPSHOTS_PER_MINUTE", "0"],
    ["EINKLANG_PUBLIC_URL", "board.example.com"],
    ["EINKLANG_PUBLIC_URL", "https://board.example.com/app"],
    ["PORT", "70000"],
    ["EINKLANG_OPEN_SIGNUP", "vielleicht"],
    ["EINKLANG_ADMIN_TOKEN", "short-token"],
    ["EINKLANG_SERIES_PER_DAY", "0"],
    ["EINKLANG_IMPORT_MB_PER_DAY", "-1"],
    ["EINKLANG_STATE_CACHE_MB", "lots"],
  ])("refuses %s=%s with a message naming the setting", (name, value) => {
    expect(() => configFromEnv({ [name]: value })).toThrow(name);
  });
});

describe("mail settings", () => {
  const smtp = "smtp://user:secret@127.0.0.1:2525";
  const from = "Einklang <einklang@example.com>";
  const site = "https://board.example.com";

  it("is off without an SMTP URL, and on with the sender and the public address", () => {
    expect(configFromEnv({}).mail).toBeNull();
    expect(
      configFromEnv({ EINKLANG_SMTP_URL: smtp, EINKLANG_MAIL_FROM: from, EINKLANG_PUBLIC_URL: site }).mail,
    ).toEqual({ smtpUrl: smtp, from, publicUrl: site });
  });

  it.each([
    [{ EINKLANG_SMTP_URL: smtp, EINKLANG_PUBLIC_URL: site }, "EINKLANG_MAIL_FROM"],
    [{ EINKLANG_SMTP_URL: smtp, EINKLANG_MAIL_FROM: from }, "EINKLANG_PUBLIC_URL"],
    [{ EINKLANG_MAIL_FROM: from }, "EINKLANG_SMTP_URL"],
    [
      { EINKLANG_SMTP_URL: "mail.example.com", EINKLANG_MAIL_FROM: from, EINKLANG_PUBLIC_URL: site },
      "EINKLANG_SMTP_URL",
    ],
    [
      { EINKLANG_SMTP_URL: smtp, EINKLANG_MAIL_FROM: "Einklang\r\nBcc: x@example.com", EINKLANG_PUBLIC_URL: site },
      "EINKLANG_MAIL_FROM",
    ],
  ])("refuses to start with %j and names %s", (env, name) => {
    expect(() => configFromEnv(env)).toThrow(name);
  });
});

describe("the address the board is opened at", () => {
  const none = { allowedOrigins: null, publicOrigin: null };
  it("takes EINKLANG_PUBLIC_URL as an origin and then listens on all interfaces unless HOST says otherwise", () => {
    const config = configFromEnv({ EINKLANG_PUBLIC_URL: "https://board.example.com/" });
    expect(config.security?.publicOrigin).toBe("https://board.example.com");
    expect(config.host).toBeUndefined();
    expect(configFromEnv({ EINKLANG_ALLOWED_ORIGINS: "https://board.example.com" }).host).toBeUndefined();
  });

  it("listens on this machine only when no address is configured", () => {
    expect(configFromEnv({}).host).toBe("127.0.0.1");
    expect(configFromEnv({}).security?.publicOrigin).toBeNull();
  });

  it.each<[string | undefined, Parameters<typeof listenProblem>[1], boolean]>([
    ["127.0.0.1", none, false],
    ["localhost", none, false],
    ["::1", none, false],
    ["0.0.0.0", none, true],
    [undefined, none, true],
    ["192.168.1.20", none, true],
    ["0.0.0.0", { allowedOrigins: ["https://board.example.com"], publicOrigin: null }, false],
    ["0.0.0.0", { allowedOrigins: null, publicOrigin: "https://board.example.com" }, false],
  ])("HOST=%s with %j: refused %s", (host, security, refused) => {
    expect(listenProblem(host, security) !== null).toBe(refused);
  });

  describe("a server listening beyond this machine without an address", () => {
    let target: StorageTarget | undefined;
    afterAll(async () => {
      await target?.cleanup();
    });

    it("refuses to start and says what to set", async () => {
      const [[, makeTarget]] = storageTargets() as [[string, () => Promise<StorageTarget>]];
      target = await makeTarget();
      const started = spawnServer(target, 0, {
        HOST: "0.0.0.0",
        EINKLANG_ALLOWED_ORIGINS: "",
        EINKLANG_PUBLIC_URL: "",
      });
      await expect(started).rejects.toThrow(/EINKLANG_PUBLIC_URL/);
    }, 60_000);
  });
});
