/**
 * Reads a number as people type it (German "1.234,5" or English "1234.5");
 * null for an empty field, undefined for something that is not a number.
 */
export function parseAmount(raw: string): number | null | undefined {
  const trimmed = raw.trim().replace(/\s/g, "");
  if (trimmed === "") return null;
  const normalised = trimmed.includes(",") ? trimmed.replace(/\./g, "").replace(",", ".") : trimmed;
  const value = Number(normalised);
  return Number.isFinite(value) ? value : undefined;
}
