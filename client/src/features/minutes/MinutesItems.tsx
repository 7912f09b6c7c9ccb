import { expectedEffectText, realisedEffectText } from "@common/exports/effectColumns.js";
import { MirrorVerdict } from "@common/domain/vocabulary.js";
import {
  decisionLabel,
  fitLabel,
  flagLabel,
  keptLabel,
  changeKindLabel,
  levelLabel,
  outcomeLabel,
  sideLabel,
  stageLabel,
  statusLabel,
} from "@common/exports/exportLabels.js";
import { translate, type Language, type MessageKey } from "@common/i18n/translate.js";
import { readableDate, readableNumber } from "@common/exports/markdownText.js";
import type {
  MinutesAgreement,
  MinutesCase,
  MinutesMirror,
  MinutesNote,
  MinutesReview,
} from "@common/exports/minutesModel.js";
import { attributionText, childProgressText } from "@common/exports/minutesMarkdownItems.js";
import { Fact } from "./MinutesDocument.js";

function Notes({ title, notes, lang }: { title: string; notes: readonly MinutesNote[]; lang: Language }) {
  if (notes.length === 0) return null;
  return (
    <>
      <h4>{title}</h4>
      <ul>
        {notes.map((note, i) => {
          const author = attributionText(note.author, lang);
          return (
            <li key={i}>
              <span className="minutes-prose">{note.text}</span>
              {author !== "" && <span className="muted"> — {author}</span>}
            </li>
          );
        })}
      </ul>
    </>
  );
}

function Mirror({ mirror, lang }: { mirror: MinutesMirror; lang: Language }) {
  const author = attributionText(mirror.author, lang);
  const side = sideLabel(mirror.ofSide, lang);
  const by = mirror.answeredBy ?? "";
  return (
    <li>
      {author === ""
        ? translate(lang, "document.mirror.unnamed", { side })
        : translate(lang, "cases.mirrors.by", { name: author, side })}{" "}
      <span className="minutes-prose">{mirror.text}</span>
      {mirror.verdict === MirrorVerdict.confirmed && (
        <div className="muted">✓ {translate(lang, "cases.mirrors.confirmedBy", { name: by })}</div>
      )}
      {mirror.verdict === MirrorVerdict.corrected && (
        <div>
          {translate(lang, "cases.mirrors.correctedBy", { name: by })}{" "}
          <span className="minutes-prose">{mirror.correction}</span>
        </div>
      )}
    </li>
  );
}

function Prose({ title, text }: { title: string; text: string }) {
  if (text.trim() === "") return null;
  return (
    <>
      <h4>{title}</h4>
      <p className="minutes-prose">{text}</p>
    </>
  );
}

/** One case of the minutes: facts, both views, look-back lists, mirrors, collisions and goals. */
export function MinutesCaseItem({ item, index, lang }: { item: MinutesCase; index: number; lang: Language }) {
  const t = (key: MessageKey): string => translate(lang, key);
  return (
    <section className="minutes-item" data-testid="minutes-case">
      <h3>
        {index + 1}. {item.title}
      </h3>
      {item.description.trim() !== "" && <p className="minutes-prose">{item.description}</p>}
      <dl className="minutes-facts">
        {item.presenter !== null && <Fact label={t("cases.field.presenter")}>{item.presenter}</Fact>}
        {item.org !== null && <Fact label={t("cases.field.org")}>{item.org}</Fact>}
        {item.happenedOn !== "" && (
          <Fact label={t("cases.field.happenedOn")}>{readableDate(item.happenedOn, lang)}</Fact>
        )}
        {item.stage !== null && <Fact label={t("cases.field.stage")}>{stageLabel(item.stage, lang)}</Fact>}
        {item.customer !== "" && <Fact label={t("cases.field.customer")}>{item.customer}</Fact>}
        {item.marginImpact !== null && (
          <Fact label={t("cases.field.marginImpact")}>{readableNumber(item.marginImpact, lang)}</Fact>
        )}
        {item.delayDays !== null && (
          <Fact label={t("cases.field.delayDays")}>{readableNumber(item.delayDays, lang)}</Fact>
        )}
      </dl>
      <Prose title={t("cases.field.salesView")} text={item.salesView} />
      <Prose title={t("cases.field.operationsView")} text={item.operationsView} />
      <Notes title={t("cases.notes.wentWell")} notes={item.wentWell} lang={lang} />
      <Notes title={t("cases.notes.wentWrong")} notes={item.wentWrong} lang={lang} />
      <Notes title={t("cases.notes.betterNext")} notes={item.betterNext} lang={lang} />
      {item.mirrors.length > 0 && (
        <>
          <h4>{t("cases.mirrors.title")}</h4>
          <ul>
            {item.mirrors.map((m, i) => (
              <Mirror key={i} mirror={m} lang={lang} />
            ))}
          </ul>
        </>
      )}
      {item.collisions.length > 0 && (
        <>
          <h4>{t("cases.collisions.title")}</h4>
          <ul>
            {item.collisions.map((c, i) => (
              <li key={i}>{c.join(" ↔ ")}</li>
            ))}
          </ul>
        </>
      )}
      {item.goals.length > 0 && (
        <>
          <h4>{t("cases.goals.title")}</h4>
          <ul>
            {item.goals.map((g, i) => (
              <li key={i}>{g}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function listOrNone(values: readonly string[], none: string): string {
  return values.length === 0 ? none : values.join(", ");
}

/** One agreement made in the session, with what the board flags about it. */
export function MinutesAgreementItem({ item, index, lang }: { item: MinutesAgreement; index: number; lang: Language }) {
  const t = (key: MessageKey): string => translate(lang, key);
  const none = t("meeting.none");
  return (
    <section className="minutes-item" data-testid="minutes-agreement">
      <h3>
        {index + 1}. {item.text}
      </h3>
      {item.replaces !== null && (
        <p className="muted">{translate(lang, "agreements.replaces", { text: item.replaces })}</p>
      )}
      <dl className="minutes-facts">
        <Fact label={t("agreements.field.level")}>{levelLabel(item.level, lang)}</Fact>
        {item.changeKind !== null && (
          <Fact label={t("document.changeKind")}>{changeKindLabel(item.changeKind, lang)}</Fact>
        )}
        {item.breaksDown !== null && <Fact label={t("breakdown.parent.field")}>{item.breaksDown}</Fact>}
        <Fact label={t("agreements.field.owners")}>{listOrNone(item.owners, none)}</Fact>
        <Fact label={t("agreements.field.due")}>{item.due === "" ? none : readableDate(item.due, lang)}</Fact>
        <Fact label={t("agreements.field.goals")}>{listOrNone(item.goals, none)}</Fact>
        <Fact label={t("agreements.field.outcome")}>{item.outcome.trim() === "" ? none : item.outcome}</Fact>
        {item.effect !== null && (
          <Fact label={t("document.effect.expectedLabel")}>{expectedEffectText(item.effect, lang)}</Fact>
        )}
        {item.caseTitle !== null && <Fact label={t("agreements.add.case")}>{item.caseTitle}</Fact>}
        {item.collision !== null && <Fact label={t("agreements.field.collision")}>{item.collision.join(" ↔ ")}</Fact>}
        <Fact label={t("agreements.status.label")}>{statusLabel(item.status, item.settledBy, lang)}</Fact>
        {item.flags.length > 0 && (
          <Fact label={t("agreements.flags.label")}>
            <span className="minutes-flags">{item.flags.map((f) => `⚠ ${flagLabel(f, lang)}`).join(", ")}</span>
          </Fact>
        )}
      </dl>
    </section>
  );
}

/** One review recorded in the session: the verdicts, the fit per goal, the decision and any new version. */
export function MinutesReviewItem({ item, lang }: { item: MinutesReview; lang: Language }) {
  const t = (key: MessageKey): string => translate(lang, key);
  return (
    <section className="minutes-item" data-testid="minutes-review">
      <h3>{item.agreementText}</h3>
      <dl className="minutes-facts">
        {item.kept !== null && <Fact label={t("review.kept.label")}>{keptLabel(item.kept, lang)}</Fact>}
        {item.outcome !== null && <Fact label={t("review.outcome.label")}>{outcomeLabel(item.outcome, lang)}</Fact>}
        {item.kpiValue !== null && <Fact label={t("review.kpiValue")}>{readableNumber(item.kpiValue, lang)}</Fact>}
        {item.evidence.trim() !== "" && (
          <Fact label={t("review.evidence")}>
            <span className="minutes-prose">{item.evidence}</span>
          </Fact>
        )}
        {item.realisedEffect !== null && (
          <Fact label={t("document.effect.realisedLabel")}>{realisedEffectText(item.realisedEffect, lang)}</Fact>
        )}
        {item.fits.map((f) => (
          <Fact key={f.goal} label={translate(lang, "review.fit.label", { goal: f.goal })}>
            {fitLabel(f.fit, lang)}
          </Fact>
        ))}
        {item.decision !== null && <Fact label={t("review.decision.label")}>{decisionLabel(item.decision, lang)}</Fact>}
        {item.successorText !== null && <Fact label={t("review.revise.text")}>{item.successorText}</Fact>}
      </dl>
      {item.children.length > 0 && (
        <>
          <h4>{t("breakdown.review.title")}</h4>
          <ul data-testid="minutes-review-children">
            {item.children.map((child, i) => (
              <li key={i}>
                {child.text} — {childProgressText(child, lang)}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
