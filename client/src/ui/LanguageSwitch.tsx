import { Language } from "../i18n/i18n.js";
import { setLanguage } from "../i18n/language.js";
import { useT } from "../i18n/useT.js";
import { useAppStore, useAppStoreApi } from "../store/context.js";
import "./languageSwitch.css";

const languages = [
  { language: Language.de, short: "language.de", long: "language.de.long" },
  { language: Language.en, short: "language.en", long: "language.en.long" },
] as const;

/** DE / EN toggle; the choice is kept on this device. */
export function LanguageSwitch() {
  const t = useT();
  const store = useAppStoreApi();
  const current = useAppStore((s) => s.ui.language);
  return (
    <div className="language-switch" role="group" aria-label={t("language.label")}>
      {languages.map(({ language, short, long }) => (
        <button
          key={language}
          type="button"
          className="language-option"
          aria-pressed={current === language}
          lang={language}
          onClick={() => setLanguage(store, language)}
        >
          {/* The name read out starts with what is shown ("DE"), as WCAG's label-in-name asks. */}
          {t(short)} <span className="visually-hidden">– {t(long)}</span>
        </button>
      ))}
    </div>
  );
}
