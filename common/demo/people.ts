import type { ClientCommand, PersonJoin } from "../domain/commands.js";
import { PersonFunction, Role } from "../domain/vocabulary.js";

/** The cast of the example series: two companies of a food-processing experience workshop. */
export const DEMO_ORGS = {
  hansen: "Feinkost Hansen GmbH",
  lindner: "Hofmolkerei Lindner KG",
} as const;
export type DemoOrg = keyof typeof DEMO_ORGS;

/** The moderator (Katrin Vogel) creates the series and so facilitates it; she is not listed here. */
export const DEMO_PEOPLE = {
  jens: { name: "Jens Albrecht", org: "hansen", fn: PersonFunction.sales, role: Role.participant },
  sabine: { name: "Sabine Krüger", org: "hansen", fn: PersonFunction.salesOperations, role: Role.participant },
  thomas: { name: "Thomas Brandt", org: "hansen", fn: PersonFunction.operations, role: Role.participant },
  mehmet: { name: "Mehmet Yılmaz", org: "hansen", fn: PersonFunction.logistics, role: Role.participant },
  claudia: { name: "Claudia Lindner", org: "lindner", fn: PersonFunction.management, role: Role.participant },
  peter: { name: "Peter Hoffmann", org: "lindner", fn: PersonFunction.sales, role: Role.participant },
  anja: { name: "Anja Schulz", org: "lindner", fn: PersonFunction.operations, role: Role.participant },
  /** A visitor from a third dairy who reads along. */
  martin: { name: "Martin Keller", org: null, fn: PersonFunction.other, role: Role.observer },
} as const;
export type DemoPerson = keyof typeof DEMO_PEOPLE | "moderator";

/** One step of building the example: who does what (joins are issued by the server, the rest sent by people). */
export interface DemoStep {
  actorId: string;
  command: ClientCommand | PersonJoin;
}
