import { describe, expect, it } from "vitest";
import { configFromEnv } from "../../server/config.js";

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
