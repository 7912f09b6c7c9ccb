import { met, type ScenarioResult } from "./figures.js";

function verdict(value: boolean | null): string {
  if (value === null) return "";
  return value ? "met" : "MISSED";
}

function formatValue(value: number, unit: string): string {
  if (!Number.isFinite(value)) return "n/a";
  return unit === "" ? String(value) : `${value} ${unit}`;
}

/** The results as a plain-text table: scenario, storage, figure, value, target, met/missed. */
export function resultTable(results: readonly ScenarioResult[]): string {
  const rows: string[][] = [["scenario", "storage", "figure", "value", "target", ""]];
  for (const r of results) {
    const where = r.instances > 1 ? `${r.storage} ×${r.instances}` : r.storage;
    for (const f of r.figures) {
      const target = f.target ? `≤ ${formatValue(f.target.atMost, f.unit)}` : "";
      rows.push([r.scenario, where, f.name, formatValue(f.value, f.unit), target, verdict(met(f))]);
    }
  }
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? "").length))) ?? [];
  const line = (row: string[]): string =>
    row
      .map((cell, column) => cell.padEnd(widths[column] ?? 0))
      .join("  ")
      .trimEnd();
  const [header, ...body] = rows;
  const rule = widths.map((w) => "-".repeat(w)).join("  ");
  return [header ? line(header) : "", rule, ...body.map(line)].join("\n");
}

/** The notes of every result, indented under its scenario. */
export function resultNotes(results: readonly ScenarioResult[]): string {
  return results
    .filter((r) => r.notes.length > 0)
    .map((r) =>
      [
        `${r.scenario} (${r.storage}${r.instances > 1 ? ` ×${r.instances}` : ""}):`,
        ...r.notes.map((n) => `  ${n}`),
      ].join("\n"),
    )
    .join("\n");
}
