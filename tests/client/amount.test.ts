import { describe, expect, it } from "vitest";
import { parseAmount } from "../../client/src/ui/amount.js";

describe("reading typed numbers", () => {
  it.each([
    ["de", "820", 820],
    ["de", "12,5", 12.5],
    ["de", "1.234,5", 1234.5],
    ["de", "12.000", 12000],
    ["de", "−12.000", -12000],
    ["de", "–1.800", -1800],
    ["de", "1.234.567", 1234567],
    ["de", "-1800", -1800],
    ["de", "1234.5", 1234.5],
    ["de", "1.5", 1.5],
    ["de", " 95 ", 95],
    ["de", "", null],
    ["de", "   ", null],
    ["de", "viel", undefined],
    ["de", "12 %", undefined],
    ["en", "12,000", 12000],
    ["en", "−12,000", -12000],
    ["en", "1,234.5", 1234.5],
    ["en", "1.234", 1.234],
    ["en", "12,5", 12.5],
    ["en", "-0.5", -0.5],
  ] as const)("%s: %s → %s", (language, raw, value) => {
    expect(parseAmount(raw, language)).toBe(value);
  });
});
