import { translate, type Language } from "@common/i18n/translate.js";
import type { MinutesVote } from "@common/exports/minutesModel.js";
import { VoteTarget } from "@common/domain/vocabulary.js";

/** The dot votes revealed in the session, each with its ranking; nothing when there was none. */
export function MinutesVotes({ votes, lang }: { votes: MinutesVote[]; lang: Language }) {
  if (votes.length === 0) return null;
  return (
    <section className="minutes-part" data-testid="minutes-votes">
      <h2>{translate(lang, "document.votes.title")}</h2>
      {votes.map((vote, index) => (
        <div key={index} className="minutes-vote" data-testid="minutes-vote">
          <h3>
            {translate(lang, vote.target === VoteTarget.cases ? "document.votes.cases" : "document.votes.agreements")}
          </h3>
          <p className="muted small">
            {translate(lang, "document.votes.about", { voters: vote.voters, dots: vote.dotsPerPerson })}
          </p>
          {vote.items.length === 0 ? (
            <p className="muted">{translate(lang, "document.votes.none")}</p>
          ) : (
            <ul>
              {vote.items.map((item, place) => (
                <li key={place}>
                  {translate(lang, "document.votes.line", { place: item.place, title: item.title, total: item.total })}
                </li>
              ))}
            </ul>
          )}
        </div>
      ))}
    </section>
  );
}
