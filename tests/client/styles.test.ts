import { readdirSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { auditStyleSheets, literalColours, type StyleSheetSource } from "../support/cssAudit.js";

const CLIENT = resolve(import.meta.dirname, "../../client/src");
const TOKENS = "styles/tokens.css";

function styleSheets(dir: string): StyleSheetSource[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return styleSheets(path);
    if (!entry.name.endsWith(".css")) return [];
    return [{ path: relative(CLIENT, path), text: readFileSync(path, "utf8") }];
  });
}

describe("the client's stylesheets", () => {
  it("define each selector once per at-rule context and take every colour from the design tokens", () => {
    const sheets = styleSheets(CLIENT);
    const tokens = sheets.find((sheet) => sheet.path === TOKENS);
    // The audit reads real files: the tokens file with its colours is among them.
    expect(literalColours(tokens?.text ?? "").length).toBeGreaterThan(10);
    expect(auditStyleSheets(sheets, TOKENS)).toEqual([]);
  });
});
