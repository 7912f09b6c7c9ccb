import { describe, expect, it } from "vitest";
import { outcomeVerdict, OutcomeVerdict } from "@common/domain/rules/outcome.js";

const { measurable, activity, noFigure, noDirection } = OutcomeVerdict;

describe("an intended outcome is a result, not an activity", () => {
  it.each<[string, string, string[], OutcomeVerdict]>([
    // German: measurable
    ["de measurable", "OTIF ≥ 95 %", [], measurable],
    ["de measurable", "Rüstzeit unter 30 min", [], measurable],
    ["de measurable", "Deckungsbeitrag im Eilgeschäft um 2.000 € pro Monat steigern", [], measurable],
    ["de measurable", "Reklamationen von 12 auf 6 pro Quartal", [], measurable],
    ["de measurable, KPI of a linked goal", "Liefertreue deutlich erhöhen", ["Liefertreue"], measurable],
    ["de measurable, signed", "Marge +2 Prozentpunkte", [], measurable],
    // German: missing direction
    ["de no direction", "Liefertreue 95 %", [], noDirection],
    ["de no direction", "5 Tage", [], noDirection],
    ["de no direction, KPI named", "Liefertreue im Blick behalten", ["Liefertreue"], noDirection],
    // German: missing number
    ["de no figure", "besser abstimmen", [], noFigure],
    ["de no figure", "Liefertreue steigern", [], noFigure],
    ["de no figure, a date is no figure", "bis 30.06.2027 abgestimmt", [], noFigure],
    ["de no figure, a year is no figure", "Liefertreue bis Ende 2027 steigern", [], noFigure],
    ["de no figure, delivery dates are no activity", "Liefertermine besser einhalten", [], noFigure],
    // German: counting activities
    ["de activity", "mindestens 20 Kundenbesuche pro Monat", [], activity],
    ["de activity", "30 Angebote verschickt", [], activity],
    ["de activity", "mehr Telefonate mit Key Accounts", [], activity],
    ["de activity", "mindestens 15 neue Leads pro Woche", [], activity],
    ["de activity", "2 Termine mit der Planung im Monat", [], activity],
    // German: mixed, the result beside the activity counts
    ["de mixed", "10 Besuche mehr, damit die Aufträge um 5 % steigen", [], measurable],
    ["de mixed, activity with a linked KPI", "wöchentliche Meetings, OTIF über 95", ["OTIF"], measurable],
    // English: measurable
    ["en measurable", "reduce changeover time below 30 min", [], measurable],
    ["en measurable", "margin at least 12 %", [], measurable],
    ["en measurable", "cut rush-order costs by €1,500 a month", [], measurable],
    ["en measurable, KPI of a linked goal", "increase OTIF", ["OTIF"], measurable],
    // English: missing direction
    ["en no direction", "OTIF 95 %", [], noDirection],
    // English: missing number
    ["en no figure", "talk more often", [], noFigure],
    ["en no figure", "increase delivery performance", [], noFigure],
    ["en no figure, a date is no figure", "improve by 2027-06-30", [], noFigure],
    // English: counting activities
    ["en activity", "at least 20 customer visits a month", [], activity],
    ["en activity", "50 calls per week", [], activity],
    ["en activity", "25 offers sent", [], activity],
    ["en activity", "more meetings with planning", [], activity],
    ["en activity", "increase emails to key accounts above 40", [], activity],
    // English: mixed
    ["en mixed", "20 visits more so that orders increase by 10 %", [], measurable],
  ])("%s: “%s”", (_label, outcome, kpiNames, verdict) => {
    expect(outcomeVerdict(outcome, kpiNames)).toBe(verdict);
  });
});
