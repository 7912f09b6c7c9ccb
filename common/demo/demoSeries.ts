import type { ClientCommand } from "../domain/commands.js";
import { STARTER_INTERESTS } from "../domain/starterCatalog.js";
import { addDays } from "./dates.js";
import { demoMeetings } from "./meetings.js";
import { demoVisit } from "./visit.js";
import { DEMO_ORGS, DEMO_PEOPLE, type DemoPerson, type DemoStep } from "./people.js";

/** What the example series is built from. */
export interface DemoSeries {
  name: string;
  creatorName: string;
  steps: DemoStep[];
}

/** Gives every symbolic name of the example one fresh id. */
export type IdOf = (name: string) => string;

/**
 * The example series of a mid-size food processor and a partner dairy:
 * goals, interests, three past sessions with cases, agreements and reviews,
 * and one upcoming session with agreements due. Katrin Vogel, the moderator,
 * creates it (so facilitates it); a visitor reads along as observer; the
 * workshop collects "went wrong" notes and mirrors by side only; one case is
 * internal to Feinkost Hansen. Pure: ids and today come in.
 */
export function demoSeries(today: string, facilitatorId: string, idOf: IdOf): DemoSeries {
  const person = (who: DemoPerson): string => (who === "moderator" ? facilitatorId : idOf(`person:${who}`));
  const steps: DemoStep[] = [];
  const by = (who: DemoPerson, command: ClientCommand): void => {
    steps.push({ actorId: person(who), command });
  };
  for (const [key, name] of Object.entries(DEMO_ORGS))
    by("moderator", { type: "org.add", orgId: idOf(`org:${key}`), name });
  by("moderator", { type: "person.update", personId: facilitatorId, changes: { function: "other" } });
  for (const [key, p] of Object.entries(DEMO_PEOPLE)) {
    steps.push({
      actorId: person(key as DemoPerson),
      command: {
        type: "person.join",
        name: p.name,
        orgId: p.org === null ? null : idOf(`org:${p.org}`),
        function: p.fn,
        role: p.role,
        // As if through their organisation's own invite link.
        confirmed: true,
      },
    });
  }
  by("moderator", {
    type: "interests.starter",
    decision: "take",
    interests: STARTER_INTERESTS.map((i) => ({
      interestId: idOf(`interest:${i.key}`),
      side: i.side,
      label: i.label.de,
    })),
  });
  for (const [key, a, b] of [
    ["promise", "short_promises", "stable_plan"],
    ["variants", "special_variants", "batch_sizes"],
    ["volume", "volume_deals", "inventory_cost"],
  ] as const) {
    by("moderator", {
      type: "collision.add",
      collisionId: idOf(`collision:${key}`),
      interestIds: [idOf(`interest:${a}`), idOf(`interest:${b}`)],
    });
  }
  for (const goal of demoGoals(today, idOf)) by("moderator", goal);
  // The peer visit (six weeks ago) is written first: its close must not be the series' last
  // one, or "new since the last session" would count from the visit instead of session 3.
  steps.push(...demoVisit(today, person, idOf));
  steps.push(...demoMeetings(today, person, idOf));
  return { name: "S&OP-Runde Feinkost Hansen & Partner", creatorName: "Katrin Vogel", steps };
}

function demoGoals(today: string, idOf: IdOf): ClientCommand[] {
  const hansen = idOf("org:hansen");
  const horizon = addDays(today, 300);
  return [
    {
      type: "goal.add",
      goalId: idOf("goal:margin"),
      values: {
        orgId: hansen,
        changeKind: "scale",
        title: "Deckungsbeitrag je Auftrag steigern",
        why: "Gewinn zählt, nicht Umsatz: bessere Abläufe ermöglichen bessere Preise.",
        kpiName: "Deckungsbeitrag je Auftrag",
        kpiUnit: "€",
        baseline: 410,
        target: 480,
        better: "higher",
        horizon,
        salesMeaning: "Aufträge nach Deckungsbeitrag statt nach Umsatz bewerten; Kleinmengen mit Zuschlag anbieten.",
        operationsMeaning: "Rüst- und Reinigungskosten je Auftrag sichtbar machen und an den Vertrieb melden.",
      },
    },
    {
      type: "goal.add",
      goalId: idOf("goal:otif"),
      values: {
        orgId: hansen,
        changeKind: "optimize",
        title: "Liefertreue (OTIF) verbessern",
        why: "Der Handel listet aus, wer nicht pünktlich und vollständig liefert.",
        kpiName: "OTIF",
        kpiUnit: "%",
        baseline: 87,
        target: 95,
        better: "higher",
        horizon,
        salesMeaning: "Liefertermine nur nach Kapazitätsabfrage zusagen.",
        operationsMeaning: "Feinplanung fünf Tage fix halten, Engpässe sofort melden.",
      },
    },
    {
      type: "goal.add",
      goalId: idOf("goal:changeover"),
      values: {
        orgId: hansen,
        changeKind: "optimize",
        title: "Rüstzeiten auf Linie 2 senken",
        why: "Jede Stunde Rüsten fehlt in der Produktion und treibt die Stückkosten.",
        kpiName: "Rüstzeit Linie 2",
        kpiUnit: "min",
        baseline: 95,
        target: 60,
        better: "lower",
        horizon,
        salesMeaning: "Sonderformate bündeln und mit Vorlauf bestellen.",
        operationsMeaning: "",
      },
    },
    {
      type: "goal.add",
      goalId: idOf("goal:forecast"),
      values: {
        orgId: hansen,
        changeKind: "redesign",
        title: "Prognosegenauigkeit erhöhen",
        why: "Ohne verlässliche Prognose wird zu viel gelagert oder zu spät produziert.",
        kpiName: "Forecast-Abweichung",
        kpiUnit: "%",
        baseline: 22,
        target: 12,
        better: "lower",
        horizon,
        salesMeaning: "Aktionsmengen sechs Wochen vor Start melden.",
        operationsMeaning: "Forecast wöchentlich mit dem Vertrieb abgleichen und Abweichungen begründen.",
      },
    },
  ];
}
