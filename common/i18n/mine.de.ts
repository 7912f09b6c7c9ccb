/** German text of "Meine Vereinbarungen", personal links and what is new since the last session. */
export const mineDe = {
  "mine.open": "Meine Vereinbarungen",
  "mine.open.hint": "Die Vereinbarungen, für die Sie verantwortlich sind, und wo Sie den Stand melden",
  "mine.badge.open": "{open} offen",
  "mine.badge.overdue": "{open} offen, davon {overdue} überfällig",
  "mine.title": "Meine Vereinbarungen",
  "mine.signedInAs": "Angemeldet als {name}",
  "mine.intro":
    "Hier stehen die Vereinbarungen, für die Sie verantwortlich sind. Melden Sie hier zwischen den Sitzungen den Stand – die Moderation sieht ihn sofort auf dem Board.",
  "mine.toBoard": "Zum ganzen Board",
  "mine.empty.title": "Keine Vereinbarungen für Sie",
  "mine.empty.body":
    "Sobald Sie in einer Sitzung als verantwortlich für eine Vereinbarung eingetragen werden, erscheint sie hier.",
  "mine.since.other": "Seit der letzten Sitzung ({date}) gibt es Neues bei {count} Ihrer Vereinbarungen.",
  "mine.since.one": "Seit der letzten Sitzung ({date}) gibt es Neues bei einer Ihrer Vereinbarungen.",
  "mine.since.none": "Seit der letzten Sitzung ({date}) hat sich bei Ihren Vereinbarungen nichts geändert.",

  "mine.group.overdue": "Überfällig",
  "mine.group.overdue.hint": "Das Fälligkeitsdatum ist überschritten. Bitte melden Sie, wie es steht.",
  "mine.group.review": "Zur Überprüfung in der nächsten Sitzung",
  "mine.group.review.on": "Zur Überprüfung am {date}",
  "mine.group.review.hint":
    "Die Runde prüft, ob die Vereinbarung eingehalten wurde und gewirkt hat. Bringen Sie Zahlen zum angestrebten Ergebnis mit.",
  "mine.group.open": "Offen",
  "mine.group.open.hint": "Noch nicht erledigt, nach Fälligkeit sortiert.",
  "mine.group.done": "Erledigt und abgeschlossen",
  "mine.group.done.hint": "Als erledigt gemeldet oder in einer Überprüfung abgeschlossen, überarbeitet oder verworfen.",

  "mine.due": "Fällig am {date}",
  "mine.due.overdue": "Überfällig: fällig am {date}",
  "mine.due.none": "Ohne Fälligkeitsdatum",
  "mine.outcome": "Angestrebtes Ergebnis: {outcome}",
  "mine.coOwners": "Gemeinsam mit {names}",
  "mine.history": "Verlauf ({count})",
  "mine.history.hide": "Verlauf ausblenden",

  "mine.status.legend": "Stand melden",
  "mine.status.comment": "Was ist passiert?",
  "mine.status.comment.placeholder": "z. B. Freigabeformular abgestimmt, die ersten Lieferungen laufen darüber.",
  "mine.status.submit": "Stand melden",
  "mine.status.sent": "Gemeldet. Die Moderation sieht den neuen Stand.",
  "mine.status.notOwner": "Den Stand melden die Verantwortlichen.",
  "mine.status.readOnly": "Als Gast lesen Sie mit; den Stand melden die Verantwortlichen.",
  "mine.status.locked": "Die Moderation hat das Board gerade gesperrt. Melden Sie den Stand etwas später.",

  "news.badge": "neu",
  "news.made": "seit der letzten Sitzung vereinbart",
  "news.status": "neuer Stand seit der letzten Sitzung",
  "news.edited": "seit der letzten Sitzung geändert",
  "news.latest": "Letzter Stand",
  "news.latest.by": "{name}, {date}",

  "device.open": "Auf dem Handy öffnen",
  "device.hint":
    "Ein persönlicher Link für Ihr eigenes Handy oder Tablet: Er öffnet Ihre Vereinbarungen, angemeldet als Sie. Geben Sie ihn nicht weiter.",
  "device.forPerson": "Persönlicher Link",
  "device.forPerson.label": "Persönlicher Link für {name}",
  "device.forPerson.hint":
    "Öffnet nur die Vereinbarungen von {name}, bis {name} den Link auf dem eigenen Gerät öffnet – dann gehört er {name}, und der Link gilt nicht mehr. Nur an {name} selbst geben. „Zugang entziehen“ macht den Link ungültig.",
  "device.link": "Persönlicher Link",
  "device.qr.alt": "QR-Code des persönlichen Links",
  "device.scan": "Mit der Kamera des Handys scannen oder den Link kopieren.",
  "device.making": "Link wird erstellt…",
  "device.error": "Der Link konnte nicht erstellt werden. Bitte versuchen Sie es noch einmal.",
  "device.error.joined":
    "Diese Person hat ein eigenes Gerät: Einen persönlichen Link macht sie selbst („Auf dem Handy öffnen“).",
  "device.close": "Schließen",

  "personal.checking": "Ihr persönlicher Link wird geprüft…",
  "personal.problem.title": "Dieser Link funktioniert nicht",
  "personal.problem.invalid":
    "Der persönliche Link ist ungültig oder wurde widerrufen. Bitten Sie die Moderation um einen neuen.",
  "personal.problem.network": "Der Server ist gerade nicht erreichbar. Bitte prüfen Sie Ihre Verbindung.",
  "personal.retry": "Erneut versuchen",
  "personal.conflict.title": "Dieser Browser ist schon angemeldet",
  "personal.conflict.body":
    "In diesem Browser sind Sie in dieser Besprechungsreihe schon als eine andere Person angemeldet. Öffnen Sie den persönlichen Link auf dem Gerät der Person, für die er gemacht wurde, oder in einem privaten Fenster.",
  "personal.conflict.toBoard": "Zum Board dieses Browsers",
  "personal.claim.title": "Diesen Link auf diesem Gerät übernehmen?",
  "personal.claim.body":
    "Sie sind in dieser Besprechungsreihe schon auf einem anderen Gerät angemeldet. Öffnen Sie den Link hier, wird dieses Gerät Ihr Zugang: Ihre anderen Geräte werden abgemeldet und der Link gilt danach nicht mehr.",
  "personal.claim.confirm": "Hier öffnen, andere Geräte abmelden",
  "personal.claim.cancel": "Abbrechen",
  "mine.kpi.label": "Kennzahl jetzt: {kpi}",
  "mine.kpi.hint": "Optional: der aktuelle Wert, er erscheint im Kennzahlverlauf der Ziele.",
  "mine.kpi.previous": "Optional. Zuletzt: {value}",
  "mine.kpi.notANumber": "Bitte eine Zahl eingeben, z. B. 93,5.",
  "mine.kpi.surprise.sign": "{value} hat ein anderes Vorzeichen als der letzte Wert ({previous}). Stimmt der Wert?",
  "mine.kpi.surprise.hundredfold":
    "{value} ist rund hundertmal so groß oder so klein wie der letzte Wert ({previous}). Stimmt der Wert?",
  "mine.kpi.surprise.confirm": "Ja, so melden",
  "mine.kpi.surprise.correct": "Korrigieren",
  "mine.kpi.reported": "Kennzahl: {value}",
  "calendarFeed.title": "Kalender-Abo",
  "calendarFeed.intro":
    "Ihre Fälligkeiten und die Sitzungen der Reihe in Ihrem Kalender (Outlook, Google, Apple): Abonnieren Sie dort diese Adresse. Der Kalender liest nur, er ändert nichts.",
  "calendarFeed.make": "Kalender-Adresse erstellen",
  "calendarFeed.renew": "Neue Adresse erstellen (die alte endet)",
  "calendarFeed.revoke": "Kalender-Abo beenden",
  "calendarFeed.address": "Adresse des Kalender-Abos",
  "calendarFeed.once":
    "Diese Adresse wird nur jetzt angezeigt: Kopieren Sie sie in Ihren Kalender („Kalender abonnieren“ bzw. „Aus dem Internet hinzufügen“).",
  "calendarFeed.secret":
    "Wer die Adresse kennt, sieht Ihre Fälligkeiten: Geben Sie sie nicht weiter. Ist sie in falsche Hände geraten, erstellen Sie eine neue.",
  "calendarFeed.active": "Ein Kalender-Abo besteht seit {date}.",
  "calendarFeed.failed": "Das hat nicht geklappt. Bitte versuchen Sie es gleich noch einmal.",
} as const;
