import { describe, expect, it } from "vitest";
import { LIMITS } from "@common/limits.js";
import { copyName } from "../../client/src/features/seriesCopy/setupCopyRequest.js";

describe("the name offered for a copy of a series' setup", () => {
  it.each([
    ["a short name gets the suffix", "S&OP-Runde", "(Kopie)", "S&OP-Runde (Kopie)"],
    ["in English", "S&OP round", "(copy)", "S&OP round (copy)"],
    ["a full-length name is shortened to fit", "x".repeat(LIMITS.seriesName), "(Kopie)", `${"x".repeat(112)} (Kopie)`],
    [
      "no space is left before the suffix at the cut",
      `${"x".repeat(111)} yyyyyyyy`,
      "(Kopie)",
      `${"x".repeat(111)} (Kopie)`,
    ],
  ])("%s", (_label, name, suffix, offered) => {
    expect(copyName(name, suffix)).toBe(offered);
    expect(copyName(name, suffix).length).toBeLessThanOrEqual(LIMITS.seriesName);
  });
});
