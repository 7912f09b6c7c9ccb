import { readString, writeString } from "./localStore.js";

const NAME_KEY = "einklang.displayName";

/** The name this device's person used last, to fill in forms. */
export function lastDisplayName(): string {
  return readString(NAME_KEY) ?? "";
}

/** Remembers the name for the next form. */
export function rememberDisplayName(name: string): void {
  writeString(NAME_KEY, name.trim());
}
