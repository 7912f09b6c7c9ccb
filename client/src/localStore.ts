/**
 * localStorage that never throws: storage can be full, disabled or missing
 * (private windows, tests), and none of that may break the board.
 */
function storage(): Storage | null {
  try {
    return typeof window === "undefined" ? null : window.localStorage;
  } catch {
    return null;
  }
}

/** The stored string, or null. */
export function readString(key: string): string | null {
  try {
    return storage()?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/** Stores a string; false when it could not be stored. */
export function writeString(key: string, value: string): boolean {
  try {
    const s = storage();
    if (!s) return false;
    s.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}

/** Removes a key. */
export function removeKey(key: string): void {
  try {
    storage()?.removeItem(key);
  } catch {
    // Nothing to do: the value simply stays.
  }
}

/** The stored JSON value, or undefined when missing or unreadable. */
export function readJson(key: string): unknown {
  const raw = readString(key);
  if (raw === null) return undefined;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return undefined;
  }
}

/** Stores a value as JSON. */
export function writeJson(key: string, value: unknown): boolean {
  return writeString(key, JSON.stringify(value));
}
