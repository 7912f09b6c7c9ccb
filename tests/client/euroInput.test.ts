import { describe, expect, it } from "vitest";
import { parseEuro, type EuroInput } from "../../client/src/features/ledger/euroInput.js";
import type { Language } from "../../client/src/i18n/i18n.js";

describe("a € amount as people type it", () => {
  it.each<[string, Language, EuroInput]>([
    ["1.800", "de", { amount: 1800 }],
    ["1.800 €", "de", { amount: 1800 }],
    ["-450 €", "de", { amount: -450 }],
    ["−12.000 EUR", "de", { amount: -12000 }],
    ["12.000 Euro", "de", { amount: 12000 }],
    ["1,800", "en", { amount: 1800 }],
    ["€1,800.50", "en", { amount: 1800.5 }],
    ["", "de", { amount: null }],
    ["viel", "de", { problem: "notANumber" }],
    ["12 Stück", "de", { problem: "notANumber" }],
    ["450 $", "de", { problem: "otherCurrency" }],
    ["450 USD", "en", { problem: "otherCurrency" }],
    ["CHF 450", "de", { problem: "otherCurrency" }],
    ["£450", "en", { problem: "otherCurrency" }],
    ["100.000.000", "de", { amount: 100_000_000 }],
    ["100.000.001", "de", { problem: "tooLarge" }],
    ["-2.000.000.000", "de", { problem: "tooLarge" }],
  ])("%o (%s)", (raw, language, expected) => {
    expect(parseEuro(raw, language)).toEqual(expected);
  });
});
