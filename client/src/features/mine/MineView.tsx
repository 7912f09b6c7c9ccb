import { assertNever } from "@common/domain/assertNever.js";
import { agreementNews, lastSessionSeq } from "@common/domain/rules/sinceLastSession.js";
import type { Agreement, SeriesState, Session } from "@common/domain/types.js";
import { formatDate } from "../../i18n/formatDate.js";
import type { MessageKey } from "../../i18n/i18n.js";
import { useT } from "../../i18n/useT.js";
import { useAppStore } from "../../store/context.js";
import { MineAgreement } from "./MineAgreement.js";
import { MINE_GROUPS, MineGroup, myAgreements } from "./myAgreements.js";

function groupKeys(group: MineGroup): { title: MessageKey; hint: MessageKey } {
  switch (group) {
    case MineGroup.overdue:
      return { title: "mine.group.overdue", hint: "mine.group.overdue.hint" };
    case MineGroup.review:
      return { title: "mine.group.review", hint: "mine.group.review.hint" };
    case MineGroup.open:
      return { title: "mine.group.open", hint: "mine.group.open.hint" };
    case MineGroup.done:
      return { title: "mine.group.done", hint: "mine.group.done.hint" };
    default:
      return assertNever(group);
  }
}

interface GroupProps {
  group: MineGroup;
  agreements: readonly Agreement[];
  state: SeriesState;
  me: string;
  today: string;
  since: number | null;
  next: Session | null;
}

function GroupSection({ group, agreements, state, me, today, since, next }: GroupProps) {
  const t = useT();
  const language = useAppStore((s) => s.ui.language);
  const keys = groupKeys(group);
  const headingId = `mine-group-${group}`;
  const title =
    group === MineGroup.review && next
      ? t("mine.group.review.on", { date: formatDate(next.date, language) })
      : t(keys.title);
  const heading = (
    <h2 className="column-title" id={headingId}>
      {title} <span className="count">{agreements.length}</span>
    </h2>
  );
  const items = (
    <div className="card-list">
      {agreements.map((a) => (
        <MineAgreement key={a.id} agreement={a} state={state} me={me} today={today} since={since} />
      ))}
    </div>
  );
  // Finished ones stay out of the way: folded until asked for.
  if (group === MineGroup.done) {
    return (
      <details className="mine-group mine-group-done" data-testid="mine-group-done">
        <summary>{heading}</summary>
        <p className="muted small">{t(keys.hint)}</p>
        {items}
      </details>
    );
  }
  return (
    <section
      className={`mine-group mine-group-${group}`}
      aria-labelledby={headingId}
      data-testid={`mine-group-${group}`}
    >
      {heading}
      <p className="muted small">{t(keys.hint)}</p>
      {items}
    </section>
  );
}

/** "Seit der letzten Sitzung …": how many of my agreements have news, or that none have. */
function SinceLine({
  state,
  owned,
  me,
  since,
}: {
  state: SeriesState;
  owned: readonly Agreement[];
  me: string;
  since: number | null;
}) {
  const t = useT();
  const language = useAppStore((s) => s.ui.language);
  if (since === null) return null;
  const session = Object.values(state.sessions).find((s) => s.closedSeq === since);
  const date = session ? formatDate(session.date, language) : "";
  const count = owned.filter((a) => agreementNews(state, a, me, since).length > 0).length;
  return (
    <p className={count > 0 ? "mine-since mine-since-news" : "mine-since"} data-testid="mine-since">
      {t("mine.since", { date, count })}
    </p>
  );
}

/** My agreements in the series, grouped: overdue, up for review next, open, and (folded) done. */
export function MineView({ state, me, today }: { state: SeriesState; me: string; today: string }) {
  const t = useT();
  const { groups, nextSession } = myAgreements(state, me, today);
  const since = lastSessionSeq(state);
  const owned = MINE_GROUPS.flatMap((g) => groups[g]);
  if (owned.length === 0) {
    return (
      <section className="panel mine-empty" data-testid="mine-empty">
        <h2>{t("mine.empty.title")}</h2>
        <p className="muted">{t("mine.empty.body")}</p>
      </section>
    );
  }
  return (
    <>
      <SinceLine state={state} owned={owned} me={me} since={since} />
      {MINE_GROUPS.filter((g) => groups[g].length > 0).map((group) => (
        <GroupSection
          key={group}
          group={group}
          agreements={groups[group]}
          state={state}
          me={me}
          today={today}
          since={since}
          next={nextSession}
        />
      ))}
    </>
  );
}
