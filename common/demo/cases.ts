import type { ClientCommand } from "../domain/commands.js";
import type { NoteList } from "../domain/vocabulary.js";
import type { IdOf } from "./demoSeries.js";
import { addDays } from "./dates.js";
import type { DemoPerson, DemoStep } from "./people.js";

type CaseValues = Extract<ClientCommand, { type: "case.add" }>["values"];

interface DemoCase {
  key: string;
  session: string;
  presenter: DemoPerson;
  org: "hansen" | "lindner";
  values: Omit<CaseValues, "sessionId" | "presenterId" | "orgId">;
  notes: [NoteList, DemoPerson, string][];
  mirrors: {
    by: DemoPerson;
    ofSide: "sales" | "operations";
    text: string;
    answer?: [DemoPerson, "confirmed" | "corrected", string];
  }[];
  collisions: string[];
  goals: string[];
  /** Whether only its own organisation sees it. */
  internal?: boolean;
}

const CASES: DemoCase[] = [
  {
    key: "rush",
    session: "s1",
    presenter: "jens",
    org: "hansen",
    values: {
      title: "Eilauftrag Zentrallager Nord: Zusage in 48 Stunden",
      description:
        "Ein Großkunde bestellt 18 Paletten Feinkostsalate mit Lieferung in 48 Stunden. Der Vertrieb sagt zu, die Linie 1 war bereits verplant.",
      stage: "order_clarification",
      marginImpact: -1800,
      delayDays: 2,
      customer: "Zentrallager Nord",
      salesView: "Ohne Zusage hätten wir die Listung riskiert. Der Kunde erwartet Flexibilität.",
      operationsView: "Für den Eilauftrag mussten drei geplante Aufträge verschoben werden, zwei davon kamen zu spät.",
    },
    notes: [
      ["went_well", "thomas", "Die Schicht hat die Zusatzproduktion am Samstag möglich gemacht."],
      ["went_wrong", "mehmet", "Zwei andere Kunden wurden zu spät beliefert."],
      ["went_wrong", "thomas", "Überstunden und Sonderreinigung: rund 1.800 € Mehrkosten."],
      ["better_next", "jens", "Vor der Zusage kurz die Feinplanung anrufen."],
    ],
    mirrors: [
      {
        by: "jens",
        ofSide: "operations",
        text: "Ihr braucht einen Plan, der ein paar Tage hält, sonst wird jede Umstellung teuer.",
        answer: ["thomas", "confirmed", ""],
      },
      {
        by: "thomas",
        ofSide: "sales",
        text: "Ihr wollt dem Kunden nicht absagen, weil er sonst woanders kauft.",
        answer: [
          "jens",
          "corrected",
          "Nicht nur das: Der Kunde misst uns an der Liefertreue, Absagen zählen wie Verspätungen.",
        ],
      },
    ],
    collisions: ["promise"],
    goals: ["otif", "margin"],
  },
  {
    key: "format",
    session: "s1",
    presenter: "sabine",
    org: "hansen",
    values: {
      title: "Sonderformat 250 g für eine Aktion",
      description: "Für eine Handelsaktion wurde ein 250-g-Becher zugesagt, der nur in kleinen Mengen läuft.",
      stage: "planning",
      marginImpact: -950,
      delayDays: 0,
      customer: "Regionaler Händler Süd",
      salesView: "Die Aktion bringt uns neu in 40 Filialen.",
      operationsView: "Drei Umrüstungen in einer Woche für 2.000 Becher, das rechnet sich nicht.",
    },
    notes: [
      ["went_well", "sabine", "Der Kunde war mit der Aktion sehr zufrieden."],
      ["went_wrong", "thomas", "Rüstzeit pro Umstellung 95 Minuten."],
      ["better_next", "thomas", "Sonderformate einmal pro Woche gebündelt fertigen."],
    ],
    mirrors: [],
    collisions: ["variants"],
    goals: ["changeover", "margin"],
  },
  {
    key: "easter",
    session: "s2",
    presenter: "jens",
    org: "hansen",
    values: {
      title: "Ostermenge drei Wochen zu spät gemeldet",
      description: "Die Aktionsmenge für Ostern kam erst drei Wochen vorher; Rohware musste teuer nachgekauft werden.",
      stage: "planning",
      marginImpact: -3200,
      delayDays: 0,
      customer: "Mehrere Handelsketten",
      salesView: "Die Händler haben die Mengen selbst spät bestätigt.",
      operationsView: "Ohne Vorlauf kaufen wir Rohware zum Tagespreis und lagern danach Überhänge.",
    },
    notes: [
      ["better_next", "anja", "Bei Lindner melden die Händler Mengen verbindlich acht Wochen vorher, mit Korridor."],
    ],
    mirrors: [
      { by: "anja", ofSide: "sales", text: "Ihr seid selbst von den Händlern abhängig und bekommt die Zahlen spät." },
    ],
    collisions: ["volume"],
    goals: ["forecast"],
  },
  {
    key: "labels",
    session: "s2",
    presenter: "peter",
    org: "lindner",
    values: {
      title: "Reklamation wegen falscher Etiketten",
      description:
        "Eine Charge Joghurt wurde mit dem Etikett der Vorwoche ausgeliefert; der Kunde hat die Ware zurückgeschickt.",
      stage: "service",
      marginImpact: -5400,
      delayDays: 5,
      customer: "Biomarkt-Kette",
      salesView: "Der Kunde hat die Reklamation sehr ernst genommen; wir mussten persönlich hinfahren.",
      operationsView: "Der Etikettenwechsel lag mitten in der Schichtübergabe.",
    },
    notes: [
      ["went_well", "claudia", "Die Ware war innerhalb von zwei Tagen ersetzt."],
      ["went_wrong", "anja", "Bei der Schichtübergabe hat niemand das neue Etikett gegengeprüft."],
    ],
    mirrors: [],
    collisions: [],
    goals: [],
  },
  {
    key: "samples",
    session: "s3",
    presenter: "jens",
    org: "hansen",
    values: {
      title: "Neukunde Biomarkt: Musterlieferung mit Sonderrezeptur",
      description:
        "Für einen möglichen Neukunden wurden Muster einer eigenen Rezeptur produziert, ohne dass Kosten geklärt waren.",
      stage: "quote",
      marginImpact: -1200,
      delayDays: 0,
      customer: "Biomarkt Nord",
      salesView: "Ohne Muster keine Listung, das ist in dem Markt so üblich.",
      operationsView: "Eine Kleinstcharge blockiert die Linie einen halben Tag.",
    },
    notes: [["better_next", "mehmet", "Muster aus laufender Produktion abzweigen, wo es geht."]],
    mirrors: [],
    collisions: ["variants"],
    goals: ["margin"],
  },
  {
    key: "pallets",
    session: "s4",
    presenter: "mehmet",
    org: "hansen",
    values: {
      title: "Mischpaletten für Kleinkunden",
      description: "Kleinkunden bestellen zunehmend Mischpaletten; die Kommissionierung dauert doppelt so lange.",
      stage: "delivery",
      marginImpact: -600,
      delayDays: 1,
      customer: "Feinkosthändler",
      salesView: "Kleinkunden bringen gute Preise; eine Mindestmenge würde sie zum Großhandel treiben.",
      operationsView: "Eine Mischpalette kostet uns 40 Minuten Kommissionierung statt 15.",
    },
    notes: [["went_wrong", "mehmet", "Zwei Touren sind wegen der Kommissionierung zu spät losgefahren."]],
    mirrors: [],
    collisions: [],
    goals: [],
    internal: true,
  },
];

/** The cases of one session of the example, with their notes, mirror statements and links. */
export function demoCases(
  session: string,
  sessionDate: string,
  person: (who: DemoPerson) => string,
  idOf: IdOf,
): DemoStep[] {
  const steps: DemoStep[] = [];
  for (const c of CASES.filter((x) => x.session === session)) {
    const caseId = idOf(`case:${c.key}`);
    steps.push({
      actorId: person(c.presenter),
      command: {
        type: "case.add",
        caseId,
        values: {
          happenedOn: addDays(sessionDate, -12),
          ...c.values,
          sessionId: idOf(`session:${session}`),
          presenterId: person(c.presenter),
          orgId: idOf(`org:${c.org}`),
          internalTo: c.internal ? idOf(`org:${c.org}`) : null,
        },
      },
    });
    c.notes.forEach(([list, who, text], i) => {
      steps.push({
        actorId: person(who),
        command: { type: "case.note.add", caseId, list, noteId: idOf(`note:${c.key}:${i}`), text },
      });
    });
    c.mirrors.forEach((m, i) => {
      const mirrorId = idOf(`mirror:${c.key}:${i}`);
      steps.push({
        actorId: person(m.by),
        command: { type: "case.mirror.add", caseId, mirrorId, ofSide: m.ofSide, text: m.text },
      });
      if (m.answer) {
        const [who, verdict, correction] = m.answer;
        steps.push({
          actorId: person(who),
          command: { type: "case.mirror.respond", caseId, mirrorId, verdict, correction },
        });
      }
    });
    for (const key of c.collisions) {
      steps.push({
        actorId: person(c.presenter),
        command: { type: "case.link", caseId, kind: "collision", targetId: idOf(`collision:${key}`), linked: true },
      });
    }
    for (const key of c.goals) {
      steps.push({
        actorId: person(c.presenter),
        command: { type: "case.link", caseId, kind: "goal", targetId: idOf(`goal:${key}`), linked: true },
      });
    }
  }
  return steps;
}
