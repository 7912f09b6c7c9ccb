import { sideLabel } from "@common/exports/exportLabels.js";
import { translate, type Language } from "@common/i18n/translate.js";
import type { Minutes, MinutesPerson } from "@common/exports/minutesModel.js";

function PersonItem({ person, lang }: { person: MinutesPerson; lang: Language }) {
  const about = [person.org, person.side === null ? null : sideLabel(person.side, lang)].filter((p) => p !== null);
  return (
    <li>
      {person.name}
      {about.length > 0 && <span className="muted"> ({about.join(", ")})</span>}
    </li>
  );
}

function Group({ title, people, lang }: { title: string; people: MinutesPerson[]; lang: Language }) {
  return (
    <>
      <h3>{title}</h3>
      {people.length === 0 ? (
        <p className="muted">{translate(lang, "document.attendance.nobody")}</p>
      ) : (
        <ul>
          {people.map((p) => (
            <PersonItem key={`${p.name}-${p.org ?? ""}`} person={p} lang={lang} />
          ))}
        </ul>
      )}
    </>
  );
}

/**
 * Who was there: the attendance taken at check-in (present, excused, guests)
 * or, when none was taken, who took part as derived from contributions.
 */
export function MinutesAttendance({ minutes, lang }: { minutes: Minutes; lang: Language }) {
  const { attendance } = minutes;
  if (attendance !== null) {
    return (
      <section className="minutes-part minutes-attendees" data-testid="minutes-attendance">
        <h2>{translate(lang, "recap.attendance")}</h2>
        <p className="muted small">{translate(lang, "document.attendance.how")}</p>
        <Group
          title={translate(lang, "document.attendance.present", { count: attendance.present.length })}
          people={attendance.present}
          lang={lang}
        />
        <Group
          title={translate(lang, "document.attendance.excused", { count: attendance.excused.length })}
          people={attendance.excused}
          lang={lang}
        />
        <Group
          title={translate(lang, "document.attendance.guests", { count: attendance.guests.length })}
          people={attendance.guests}
          lang={lang}
        />
      </section>
    );
  }
  return (
    <section className="minutes-part minutes-attendees">
      <h2>{translate(lang, "document.attendees.title")}</h2>
      <p className="muted small">{translate(lang, "document.attendees.how")}</p>
      {minutes.attendees.length === 0 ? (
        <p className="muted">{translate(lang, "document.attendees.none")}</p>
      ) : (
        <ul>
          {minutes.attendees.map((a) => (
            <PersonItem key={`${a.name}-${a.org ?? ""}`} person={a} lang={lang} />
          ))}
        </ul>
      )}
    </section>
  );
}

/** The check-in round: the question asked and each answer by name; nothing when no question was asked. */
export function MinutesCheckInRound({ minutes, lang }: { minutes: Minutes; lang: Language }) {
  const { checkIn } = minutes;
  if (checkIn === null) return null;
  return (
    <section className="minutes-part minutes-check-in" data-testid="minutes-check-in">
      <h2>{translate(lang, "checkIn.title")}</h2>
      <p>
        <em>{checkIn.question}</em>
      </p>
      {checkIn.answers.length === 0 ? (
        <p className="muted">{translate(lang, "document.checkIn.none")}</p>
      ) : (
        <ul>
          {checkIn.answers.map((answer) => (
            <li key={`${answer.name}-${answer.text}`}>
              <strong>{answer.name}:</strong> {answer.text}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
