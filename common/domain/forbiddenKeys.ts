/** Names that reach an object's prototype when used as keys: never part of anything Einklang stores. */
const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(["__proto__", "constructor", "prototype"]);

/**
 * The path of the first key anywhere in parsed JSON that names a prototype
 * (`__proto__`, `constructor`, `prototype`), e.g. `series.cases.c1.__proto__`;
 * null when there is none. Such a body is refused whole rather than having
 * the key dropped quietly by a schema, so the sender learns what was wrong.
 * Walks with its own stack: no nesting depth overflows it.
 */
export function forbiddenKeyPath(value: unknown): string | null {
  const stack: { value: unknown; path: string }[] = [{ value, path: "" }];
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    if (typeof next.value !== "object" || next.value === null) continue;
    if (Array.isArray(next.value)) {
      next.value.forEach((item: unknown, i) => stack.push({ value: item, path: join(next.path, String(i)) }));
      continue;
    }
    for (const [key, item] of Object.entries(next.value)) {
      const path = join(next.path, key);
      if (FORBIDDEN_KEYS.has(key)) return path;
      stack.push({ value: item, path });
    }
  }
  return null;
}

function join(path: string, key: string): string {
  // Keys come from the sender: a path in an error message stays short.
  const part = key.length > 64 ? `${key.slice(0, 64)}…` : key;
  return path === "" ? part : `${path}.${part}`;
}
