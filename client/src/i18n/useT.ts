import { useCallback } from "react";
import { useAppStore } from "../store/context.js";
import { translate, type MessageParams, type TextKey } from "./i18n.js";

/** A function that turns a message key into text in the chosen language (a plural key by `params.count`). */
export type Translate = (key: TextKey, params?: MessageParams) => string;

/** The translate function for the current UI language. */
export function useT(): Translate {
  const language = useAppStore((s) => s.ui.language);
  return useCallback((key, params) => translate(language, key, params), [language]);
}
