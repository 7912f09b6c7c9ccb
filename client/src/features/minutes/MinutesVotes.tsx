import { exportText, type ExportLanguage } from "../../../../common/exports/exportTexts.js";
import type { MinutesVote } from "../../../../common/exports/minutesModel.js";
import { VoteTarget } from "../../../../common/domain/vocabulary.js";

/** The dot votes revealed in the session, each with its ranking; nothing when there was none. */
export function MinutesVotes({ votes, lang }: { votes: MinutesVote[]; lang: ExportLanguage }) {
  if (votes.length === 0) return null;
  return (
    <section className="minutes-part" data-testid="minutes-votes">
      <h2>{exportText(lang, "votes.title")}</h2>
      {votes.map((vote, index) => (
        <div key={index} className="minutes-vote" data-testid="minutes-vote">
          <h3>{exportText(lang, vote.target === VoteTarget.cases ? "votes.cases" : "votes.agreements")}</h3>
          <p className="muted small">
            {exportText(lang, "votes.about", { voters: vote.voters, dots: vote.dotsPerPerson })}
          </p>
          {vote.items.length === 0 ? (
            <p className="muted">{exportText(lang, "votes.none")}</p>
          ) : (
            <ul>
              {vote.items.map((item, place) => (
                <li key={place}>
                  {exportText(lang, "votes.line", { place: item.place, title: item.title, total: item.total })}
                </li>
              ))}
            </ul>
          )}
        </div>
      ))}
    </section>
  );
}
