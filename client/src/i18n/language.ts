import { readString, writeString } from "../localStore.js";
import type { AppStore } from "../store/store.js";
import { parseLanguage, type Language } from "./i18n.js";

const LANGUAGE_KEY = "einklang.language";

/** The language this device chose before, German by default. */
export function storedLanguage(): Language {
  return parseLanguage(readString(LANGUAGE_KEY));
}

/** Sets `<html lang>` so screen readers and hyphenation follow the UI language. */
export function applyDocumentLanguage(language: Language): void {
  if (typeof document !== "undefined") document.documentElement.lang = language;
}

/** Switches the UI language and remembers the choice on this device. */
export function setLanguage(store: AppStore, language: Language): void {
  writeString(LANGUAGE_KEY, language);
  applyDocumentLanguage(language);
  store.setState((s) => ({ ui: { ...s.ui, language } }));
}
