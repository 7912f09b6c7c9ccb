import { EFFECT_CURRENCY, type EffectPeriod, type MarginEffect } from "../domain/agreements/effect.js";
import type { ClientCommand } from "../domain/commands.js";
import { addDays } from "./dates.js";
import type { DemoPerson, DemoStep } from "./people.js";
import type { IdOf } from "./demoSeries.js";
import { demoCases } from "./cases.js";

type Agreement = Extract<ClientCommand, { type: "agreement.add" }>["values"];

/** An expected margin effect in euros. */
function euros(amount: number, per: EffectPeriod, basis: string): MarginEffect {
  return { amount, per, currency: EFFECT_CURRENCY, basis };
}

/** Sessions, agreements and reviews of the example: three past meetings and the next one. */
export function demoMeetings(today: string, person: (who: DemoPerson) => string, idOf: IdOf): DemoStep[] {
  const steps: DemoStep[] = [];
  const by = (who: DemoPerson, command: ClientCommand): void => {
    steps.push({ actorId: person(who), command });
  };
  const session = (key: string): string => idOf(`session:${key}`);
  const agreement = (key: string): string => idOf(`agreement:${key}`);
  const goal = (key: string): string => idOf(`goal:${key}`);
  const dates = { s1: addDays(today, -84), s2: addDays(today, -56), s3: addDays(today, -28), s4: addDays(today, 14) };
  // The series meets monthly, on the weekday of the next session (its nth in the month), 09:00 for two hours.
  const next = new Date(`${dates.s4}T00:00:00.000Z`);
  const nth = Math.ceil(next.getUTCDate() / 7);
  by("moderator", {
    type: "series.schedule",
    schedule: {
      cadence: { kind: "monthly", week: nth >= 5 ? -1 : (nth as 1 | 2 | 3 | 4), weekday: next.getUTCDay() },
      startTime: "09:00",
      durationMin: 120,
      timeZone: "Europe/Berlin",
    },
  });
  const time = { startTime: "09:00", durationMin: 120 };

  by("moderator", {
    type: "session.add",
    sessionId: session("s1"),
    values: {
      date: dates.s1,
      place: "Feinkost Hansen, Besprechungsraum Werk",
      kind: "internal",
      level: "operational",
      ...time,
    },
  });
  by("moderator", {
    type: "session.add",
    sessionId: session("s2"),
    values: {
      date: dates.s2,
      place: "Hofmolkerei Lindner, Schulungsraum",
      kind: "workshop",
      // The workshop with the partner dairy is where strategy is agreed.
      level: "strategic",
      hostOrgId: idOf("org:lindner"),
      startTime: "10:00",
      durationMin: 240,
    },
  });
  by("moderator", {
    type: "session.add",
    sessionId: session("s3"),
    values: {
      date: dates.s3,
      place: "Feinkost Hansen, Besprechungsraum Werk",
      kind: "internal",
      level: "operational",
      ...time,
    },
  });
  by("moderator", {
    type: "session.add",
    sessionId: session("s4"),
    values: {
      date: dates.s4,
      place: "Feinkost Hansen, Besprechungsraum Werk",
      kind: "internal",
      level: "operational",
      ...time,
    },
  });

  const agree = (key: string, who: DemoPerson, values: Agreement, owners: DemoPerson[]): void => {
    by(who, {
      type: "agreement.add",
      agreementId: agreement(key),
      values: { ...values, ownerIds: owners.map(person) },
    });
  };
  const review = (s: string, a: string, changes: Extract<ClientCommand, { type: "review.set" }>["changes"]): void => {
    by("moderator", { type: "review.set", sessionId: session(s), agreementId: agreement(a), changes });
  };
  const fit = (s: string, a: string, g: string, value: "supports" | "neutral" | "conflicts"): void => {
    by("moderator", {
      type: "review.fit",
      sessionId: session(s),
      agreementId: agreement(a),
      goalId: goal(g),
      fit: value,
    });
  };
  const decide = (s: string, a: string, decision: "close" | "continue" | "drop"): void => {
    by("moderator", {
      type: "review.decide",
      sessionId: session(s),
      agreementId: agreement(a),
      decision,
      successor: null,
    });
  };
  const close = (s: string, summary: string, nextDate: string, carry?: { to: string; caseKey: string }): void => {
    by("moderator", { type: "session.update", sessionId: session(s), changes: { summary, nextDate } });
    by("moderator", {
      type: "session.close",
      sessionId: session(s),
      confirmUndecided: false,
      ...(carry && { carry: { to: session(carry.to), cases: { [idOf(`case:${carry.caseKey}`)]: "move" } } }),
    });
  };

  // Session 1: the first round.
  steps.push(...demoCases("s1", dates.s1, person, idOf));
  agree(
    "rush",
    "jens",
    {
      text: "Eilaufträge unter 72 Stunden sagen wir nur nach Rücksprache mit der Feinplanung zu.",
      level: "operational",
      due: dates.s2,
      goalIds: [goal("otif")],
      caseId: idOf("case:rush"),
      collisionId: idOf("collision:promise"),
      outcome: "OTIF bei Eilaufträgen ≥ 95 %",
      sessionId: session("s1"),
      effect: euros(1200, "month", "3 Sonderfahrten/Monat weniger × 400 €"),
      changeKind: "optimize",
    },
    ["jens", "thomas"],
  );
  agree(
    "formats",
    "sabine",
    {
      text: "Sonderformate werden gebündelt und nur einmal pro Woche gefertigt.",
      level: "operational",
      due: dates.s2,
      goalIds: [goal("changeover"), goal("margin")],
      caseId: idOf("case:format"),
      collisionId: idOf("collision:variants"),
      outcome: "Rüstzeit Linie 2 im Schnitt ≤ 70 min",
      sessionId: session("s1"),
      effect: euros(3900, "month", "2 Rüstwechsel/Woche weniger × 450 €"),
      changeKind: "optimize",
    },
    ["sabine", "thomas"],
  );
  close("s1", "Zwei Fälle besprochen, zwei Vereinbarungen getroffen. Eilaufträge bleiben das Hauptthema.", dates.s2);

  // Session 2: experience workshop at the partner dairy.
  by("jens", {
    type: "agreement.status",
    agreementId: agreement("rush"),
    status: "in_progress",
    comment: "Abfrage bei der Feinplanung läuft, noch nicht bei allen Außendienstlern.",
  });
  // Two companies at one table: what went wrong and the mirrors are collected by side, not by name.
  by("moderator", { type: "session.anonymity", sessionId: session("s2"), phase: "cases", mode: "side" });
  by("moderator", { type: "session.phase", sessionId: session("s2"), phase: "cases" });
  steps.push(...demoCases("s2", dates.s2, person, idOf));
  review("s2", "rush", {
    kept: "partly",
    outcome: "no",
    kpiValue: 91,
    evidence: "OTIF Eilaufträge seit der letzten Runde: 91 %, zwei Zusagen ohne Rücksprache.",
    realisedEffect: { measured: true, amount: 600, per: "month", currency: "EUR" },
  });
  fit("s2", "rush", "otif", "supports");
  decide("s2", "rush", "continue");
  review("s2", "formats", {
    kept: "kept",
    outcome: "yes",
    kpiValue: 68,
    evidence: "Rüstprotokolle Linie 2, Durchschnitt 68 min.",
    realisedEffect: { measured: true, amount: 4200, per: "month", currency: "EUR" },
  });
  fit("s2", "formats", "changeover", "supports");
  fit("s2", "formats", "margin", "supports");
  decide("s2", "formats", "close");
  agree(
    "promo",
    "jens",
    {
      text: "Aktionsmengen melden wir sechs Wochen vor Aktionsbeginn im S&OP-Termin.",
      level: "strategic",
      due: dates.s3,
      goalIds: [goal("forecast")],
      caseId: idOf("case:easter"),
      collisionId: idOf("collision:volume"),
      outcome: "Forecast-Abweichung bei Aktionen ≤ 15 %",
      sessionId: session("s2"),
      effect: euros(25000, "year", "Abschriften aus Aktionsüberhängen halbieren"),
      changeKind: "redesign",
    },
    ["jens"],
  );
  agree(
    "margin-report",
    "peter",
    {
      text: "Deckungsbeitragsrechnung pro Kunde monatlich im Vertriebsmeeting vorstellen.",
      level: "strategic",
      due: dates.s3,
      caseId: idOf("case:labels"),
      outcome: "Mehr Transparenz über Kunden",
      sessionId: session("s2"),
      // Lindner's monthly contribution report, tried and kept there, for every customer.
      changeKind: "scale",
    },
    ["peter", "claudia"],
  );
  close(
    "s2",
    "Erfahrungsaustausch mit Lindner: Etikettierung und Aktionsplanung. Sonderformate abgeschlossen.",
    dates.s3,
  );

  // Session 3: back at Hansen.
  steps.push(...demoCases("s3", dates.s3, person, idOf));
  review("s3", "rush", {
    kept: "kept",
    outcome: "no",
    kpiValue: 89,
    evidence: "Rücksprache klappt, aber die Kapazität fehlt trotzdem: OTIF Eilaufträge 89 %.",
    realisedEffect: { measured: true, amount: 300, per: "month", currency: "EUR" },
  });
  fit("s3", "rush", "otif", "supports");
  by("moderator", {
    type: "review.decide",
    sessionId: session("s3"),
    agreementId: agreement("rush"),
    decision: "revise",
    successor: {
      agreementId: agreement("rush-2"),
      text: "Wir reservieren täglich 5 % der Kapazität von Linie 1 für Eilaufträge; was bis 10 Uhr nicht belegt ist, gibt die Planung frei.",
    },
  });
  review("s3", "promo", {
    kept: "partly",
    outcome: "partly",
    kpiValue: 17,
    evidence: "Ostern gemeldet, Grillsaison zu spät.",
    realisedEffect: { measured: false, reason: "Die Grillsaison ist noch nicht abgerechnet." },
  });
  fit("s3", "promo", "forecast", "supports");
  decide("s3", "promo", "continue");
  review("s3", "margin-report", {
    kept: "not",
    outcome: "no",
    evidence: "Zweimal ausgefallen, Zahlen lagen nicht vor.",
  });
  decide("s3", "margin-report", "drop");
  agree(
    "samples",
    "jens",
    {
      text: "Musterlieferungen für Neukunden nur mit Kostenfreigabe durch die Vertriebsleitung.",
      level: "operational",
      due: addDays(today, -3),
      goalIds: [goal("margin")],
      caseId: idOf("case:samples"),
      outcome: "Musterkosten ≤ 2 % vom Erstauftragswert",
      sessionId: session("s3"),
      effect: euros(8000, "year", "Musterkosten 2 % statt 5 % von 270.000 € Erstaufträgen"),
      changeKind: "optimize",
    },
    ["jens", "mehmet"],
  );
  // The strategic promotion agreement broken down into what Sales and Operations each do week by week.
  agree(
    "promo-plan",
    "jens",
    {
      text: "Der Vertrieb trägt Aktionsmengen jeden Freitag bis 12 Uhr in die Absatzplanung ein.",
      due: dates.s4,
      goalIds: [goal("forecast")],
      outcome: "Absatzplan jeden Freitag vollständig",
      sessionId: session("s3"),
      parentId: agreement("promo"),
      changeKind: "scale",
    },
    ["jens"],
  );
  agree(
    "promo-capacity",
    "thomas",
    {
      text: "Die Feinplanung reserviert Kapazität für gemeldete Aktionen ab vier Wochen vor Aktionsbeginn.",
      due: dates.s4,
      goalIds: [goal("forecast"), goal("otif")],
      outcome: "Keine Aktion mehr mit Lieferverzug wegen Kapazität",
      sessionId: session("s3"),
      parentId: agreement("promo"),
      changeKind: "optimize",
    },
    ["thomas"],
  );
  // A case nobody got to in session 3: carried over into the next one.
  by("sabine", {
    type: "case.add",
    caseId: idOf("case:emptyPallets"),
    values: {
      title: "Palettentausch mit dem Zentrallager Nord",
      description: "Leergut kommt unvollständig zurück; der Vertrieb hat Tausch 1:1 zugesagt.",
      sessionId: session("s3"),
      presenterId: person("sabine"),
      orgId: idOf("org:hansen"),
      customer: "Zentrallager Nord",
    },
  });
  close("s3", "Eilaufträge überarbeitet: Kapazitätsreserve statt Einzelabfrage.", dates.s4, {
    to: "s4",
    caseKey: "emptyPallets",
  });

  // Between the sessions: the owners follow up.
  by("thomas", {
    type: "agreement.status",
    agreementId: agreement("rush-2"),
    status: "in_progress",
    comment: "Reserve in der Feinplanung angelegt, erste zwei Wochen laufen.",
  });
  by("jens", {
    type: "agreement.status",
    agreementId: agreement("promo-plan"),
    status: "in_progress",
    comment: "Grillsaison eingetragen, Herbstaktionen folgen.",
  });
  by("jens", {
    type: "agreement.status",
    agreementId: agreement("samples"),
    status: "in_progress",
    comment: "Freigabeformular abgestimmt, Biomarkt-Muster liefen schon darüber.",
    // Below the straight line from 410 € to 480 €: the margin goal is behind plan.
    kpiValue: 418,
  });
  steps.push(...demoCases("s4", addDays(today, 7), person, idOf));
  // The next session looks at the delivery KPI before the cases.
  by("moderator", {
    type: "agenda.add",
    sessionId: session("s4"),
    itemId: idOf("agenda:kpi"),
    values: {
      title: "KPI-Check Liefertreue",
      ownerId: person("thomas"),
      timeBoxMin: 15,
      notes: "OTIF der letzten vier Wochen je Kundengruppe, Abweichungen über 5 Punkte begründen.",
      before: "cases",
    },
  });
  // Every next session of the series starts with that check: the agenda becomes the series' template.
  by("moderator", { type: "template.save", sessionId: session("s4") });
  // The example opens where there is something to do: the next session's review of the agreements due.
  by("moderator", { type: "session.phase", sessionId: session("s4"), phase: "review" });
  return steps;
}
