import { useT } from "../../i18n/useT.js";
import type { Tone } from "./labels.js";
import "./verdict.css";

/** A dash that says "not stated" to screen readers. */
export function NoValue() {
  const t = useT();
  return (
    <span className="results-none">
      <span aria-hidden="true">–</span>
      <span className="visually-hidden">{t("results.none")}</span>
    </span>
  );
}

/** A verdict as a coloured word; the word carries the meaning, the colour only helps. */
export function Verdict({ text, tone }: { text: string; tone: Tone }) {
  return (
    <span className="results-verdict" data-tone={tone}>
      {text}
    </span>
  );
}
