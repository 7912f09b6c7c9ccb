import { describe, expect, it } from "vitest";
import { parseAmount } from "../../client/src/ui/amount.js";

describe("reading typed numbers", () => {
  it.each([
    ["820", 820],
    ["12,5", 12.5],
    ["1.234,5", 1234.5],
    ["-1800", -1800],
    ["1234.5", 1234.5],
    [" 95 ", 95],
    ["", null],
    ["   ", null],
    ["viel", undefined],
    ["12 %", undefined],
  ] as const)("%s → %s", (raw, value) => {
    expect(parseAmount(raw)).toBe(value);
  });
});
