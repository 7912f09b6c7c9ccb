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

  it.each([
    ["EINKLANG_ALLOWED_ORIGINS", "board.example.com"],
    ["EINKLANG_ALLOWED_ORIGINS", "https://board.example.com/path"],
    ["EINKLANG_ALLOWED_ORIGINS", "javascript:alert(1)"],
    ["EINKLANG_MAX_CONNECTIONS_PER_IP", "0"],
    ["EINKLANG_MESSAGES_PER_SECOND", "viele"],
    ["EINKLANG_HTTP_REQUESTS_PER_MINUTE", "1.5"],
    ["PORT", "70000"],
  ])("refuses %s=%s with a message naming the setting", (name, value) => {
    expect(() => configFromEnv({ [name]: value })).toThrow(name);
  });
});
