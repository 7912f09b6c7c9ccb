import type { ClientCommand } from "../domain/commands.js";
import { PersonFunction } from "../domain/vocabulary.js";

/** The cast of the example series: two companies of a food-processing experience workshop. */
export const DEMO_ORGS = {
  hansen: "Feinkost Hansen GmbH",
  lindner: "Hofmolkerei Lindner KG",
} as const;
export type DemoOrg = keyof typeof DEMO_ORGS;

export const DEMO_PEOPLE = {
  jens: { name: "Jens Albrecht", org: "hansen", fn: PersonFunction.sales },
  sabine: { name: "Sabine Krüger", org: "hansen", fn: PersonFunction.salesOperations },
  thomas: { name: "Thomas Brandt", org: "hansen", fn: PersonFunction.operations },
  mehmet: { name: "Mehmet Yılmaz", org: "hansen", fn: PersonFunction.logistics },
  claudia: { name: "Claudia Lindner", org: "lindner", fn: PersonFunction.management },
  peter: { name: "Peter Hoffmann", org: "lindner", fn: PersonFunction.sales },
  anja: { name: "Anja Schulz", org: "lindner", fn: PersonFunction.operations },
} as const;
export type DemoPerson = keyof typeof DEMO_PEOPLE | "moderator";

/** One step of building the example: who does what. */
export interface DemoStep {
  actorId: string;
  command: ClientCommand;
}
