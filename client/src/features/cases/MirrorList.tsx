import { nanoid } from "nanoid";
import { useId, useState, type FormEvent } from "react";
import type { Case, SeriesState } from "@common/domain/types.js";
import { Side, sideOfFunction } from "@common/domain/vocabulary.js";
import { LIMITS } from "@common/limits.js";
import { useT } from "../../i18n/useT.js";
import { useReadOnly } from "../../ui/permissions.js";
import { useSync } from "../../sync/context.js";
import { meetingSideKey } from "./labels.js";
import { MirrorItem } from "./MirrorItem.js";

/** The side a person restates by default: the other one. */
function otherSide(state: SeriesState, me: string | null): Side {
  const fn = me === null ? null : (state.people[me]?.function ?? null);
  return sideOfFunction(fn) === Side.sales ? Side.operations : Side.sales;
}

/** Mirror statements: each side restates the other's view; the other side confirms or corrects. */
export function MirrorList({ item, state, me }: { item: Case; state: SeriesState; me: string | null }) {
  const t = useT();
  const sync = useSync();
  const textId = useId();
  const [ofSide, setOfSide] = useState<Side>(() => otherSide(state, me));
  const [text, setText] = useState("");
  const readOnly = useReadOnly();

  function onSubmit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    if (text.trim() === "") return;
    sync.send({ type: "case.mirror.add", caseId: item.id, mirrorId: nanoid(), ofSide, text: text.trim() });
    setText("");
  }

  return (
    <section className="case-section" aria-label={t("cases.mirrors.title")} data-testid="mirrors">
      <h4 className="case-section-title">{t("cases.mirrors.title")}</h4>
      <p className="muted small">{t("cases.mirrors.hint")}</p>
      {item.mirrors.length > 0 && (
        <ul className="mirror-list">
          {item.mirrors.map((m) => (
            <MirrorItem key={m.id} caseId={item.id} mirror={m} state={state} me={me} />
          ))}
        </ul>
      )}
      {!readOnly && (
        <form className="mirror-form" onSubmit={onSubmit} aria-label={t("cases.mirrors.add")}>
          <div className="choice-group" role="group" aria-label={t("cases.mirrors.ofSide")}>
            <span className="choice-label">{t("cases.mirrors.ofSide")}</span>
            {[Side.sales, Side.operations].map((side) => (
              <button
                key={side}
                type="button"
                className={side === ofSide ? "choice choice-on" : "choice"}
                aria-pressed={side === ofSide}
                onClick={() => setOfSide(side)}
              >
                {t(meetingSideKey(side))}
              </button>
            ))}
          </div>
          <label className="visually-hidden" htmlFor={textId}>
            {t("cases.mirrors.text")}
          </label>
          <textarea
            id={textId}
            className="text-input"
            rows={2}
            value={text}
            maxLength={LIMITS.mirror}
            placeholder={t("cases.mirrors.placeholder")}
            onChange={(e) => setText(e.target.value)}
          />
          <button type="submit" className="button-secondary button-small" disabled={text.trim() === ""}>
            {t("cases.mirrors.add")}
          </button>
        </form>
      )}
    </section>
  );
}
