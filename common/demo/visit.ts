import type { ClientCommand } from "../domain/commands.js";
import { addDays } from "./dates.js";
import type { IdOf } from "./demoSeries.js";
import type { DemoPerson, DemoStep } from "./people.js";

/**
 * The example's peer visit: Hansen's people and a guest walk through
 * Lindner's dairy between the second and third meeting, note what they see
 * at four stations, and take three ideas home (one kept to Hansen).
 */
export function demoVisit(today: string, person: (who: DemoPerson) => string, idOf: IdOf): DemoStep[] {
  const steps: DemoStep[] = [];
  const by = (who: DemoPerson, command: ClientCommand): void => {
    steps.push({ actorId: person(who), command });
  };
  const sessionId = idOf("session:visit");
  const station = (key: string): string => idOf(`station:${key}`);
  const hansen = idOf("org:hansen");
  by("moderator", {
    type: "session.add",
    sessionId,
    values: {
      date: addDays(today, -42),
      place: "Hofmolkerei Lindner, Werk Talheim",
      kind: "peer_visit",
      hostOrgId: idOf("org:lindner"),
      startTime: "09:00",
      durationMin: 180,
    },
  });
  const stations = [
    ["intake", "Milchannahme", "Rampe Nord", "anja", "Wie die Anlieferung je Tour gemeldet wird", 20],
    [
      "planning",
      "Feinplanung",
      "Leitstand",
      "anja",
      "Die Plantafel: Eilaufträge als eigene Farbe, Freigabe um 10 Uhr",
      30,
    ],
    ["filling", "Abfüllung Linie 2", "Halle 3", "peter", "Rüstwechsel zwischen Formaten, Rüstzeit an der Tafel", 40],
    ["dispatch", "Versand", "Halle 5", "claudia", "Kommissionierung nach Touren statt nach Kunden", 25],
  ] as const;
  for (const [key, name, place, host, lookAt, timeBoxMin] of stations) {
    by("claudia", {
      type: "station.add",
      sessionId,
      stationId: station(key),
      values: { name, place, hostPersonId: person(host), lookAt, timeBoxMin },
    });
  }
  const observations = [
    [
      "o1",
      "planning",
      "thomas",
      "notice",
      "Eilaufträge stehen sichtbar auf der Plantafel – jeder im Leitstand sieht, was sie kosten.",
    ],
    [
      "o2",
      "planning",
      "jens",
      "differently",
      "Wir würden dem Vertrieb die Freigabezeit (10 Uhr) direkt im Angebot nennen.",
    ],
    ["o3", "filling", "martin", "notice", "Die Rüstzeit hängt je Format an der Linie, mit dem Ziel daneben."],
    [
      "o4",
      "dispatch",
      "mehmet",
      "differently",
      "Tourenweise kommissionieren spart bei uns vermutlich die zweite Verladung.",
    ],
  ] as const;
  for (const [key, at, who, kind, text] of observations) {
    by("moderator", { type: "station.step", sessionId, stationId: station(at) });
    by(who, {
      type: "observation.add",
      sessionId,
      stationId: station(at),
      observationId: idOf(`observation:${key}`),
      kind,
      text,
    });
  }
  const takeHome = [
    ["t1", "sabine", "Eilaufträge als eigene Farbe auf unserer Plantafel, Freigabe um 10 Uhr", null],
    ["t2", "thomas", "Rüstzeit je Format an Linie 1 aushängen", null],
    ["t3", "jens", "Prüfen, ob die Marge der Eilaufträge die Reserve trägt, bevor wir sie Lindner zeigen", hansen],
  ] as const;
  for (const [key, who, text, internalTo] of takeHome) {
    by(who, { type: "takehome.add", sessionId, itemId: idOf(`takehome:${key}`), orgId: hansen, text, internalTo });
  }
  by("moderator", { type: "station.step", sessionId, stationId: null });
  by("moderator", {
    type: "session.update",
    sessionId,
    changes: { summary: "Rundgang bei Lindner: vier Stationen, Plantafel und Rüstzeit-Tafel nehmen wir mit." },
  });
  // A visit reviews no agreements: those due stay due for the next round at Hansen.
  by("moderator", { type: "session.close", sessionId, confirmUndecided: true });
  return steps;
}
