import { useId } from "react";
import { Level } from "@common/domain/vocabulary.js";
import { useT } from "../../i18n/useT.js";
import { LEVELS, levelKey } from "../agreements/labels.js";
import "./levels.css";

function parseLevel(value: string): Level | null {
  return LEVELS.find((level) => level === value) ?? null;
}

/** A session's level: strategic (management), executive (operations) or none. */
export function SessionLevelSelect({
  value,
  onChange,
  testId,
}: {
  value: Level | null;
  onChange: (level: Level | null) => void;
  testId?: string;
}) {
  const t = useT();
  const id = useId();
  return (
    <div className="field">
      <label className="form-label" htmlFor={id}>
        {t("level.label")}
      </label>
      <select
        id={id}
        className="text-input"
        value={value ?? ""}
        data-testid={testId}
        onChange={(e) => onChange(parseLevel(e.target.value))}
      >
        <option value="">{t("level.none")}</option>
        {LEVELS.map((level) => (
          <option key={level} value={level}>
            {t(levelKey(level))}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The chip naming a session's level; nothing when it has none. */
export function SessionLevelChip({ level }: { level: Level | null | undefined }) {
  const t = useT();
  if (!level) return null;
  return (
    <span className={`chip level-chip level-${level}`} data-testid="session-level" data-level={level}>
      {t(level === Level.strategic ? "level.session.strategic" : "level.session.operational")}
    </span>
  );
}
