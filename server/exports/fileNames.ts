const GERMAN_LETTERS: Record<string, string> = { ä: "ae", ö: "oe", ü: "ue", ß: "ss" };

/** A series name as a short ASCII file-name part ("Vertrieb & Betrieb Süd" → "vertrieb-betrieb-sued"). */
export function fileSlug(name: string): string {
  const slug = name
    .toLowerCase()
    .replace(/[äöüß]/g, (letter) => GERMAN_LETTERS[letter] ?? letter)
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40)
    .replace(/-+$/, "");
  return slug === "" ? "serie" : slug;
}

/** The header that makes a download of `fileName` (ASCII only, so no quoting beyond the quotes). */
export function attachment(fileName: string): string {
  return `attachment; filename="${fileName}"`;
}
