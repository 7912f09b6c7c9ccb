import { z } from "zod";
import { LIMITS } from "../limits.js";
import { goalAndInterestCommands, seriesSetupCommands } from "./commands/setup.js";
import { agreementCommands, caseCommands, reviewCommands, sessionCommands } from "./commands/meeting.js";
import { text } from "./commands/fields.js";

export { idSchema, dateSchema } from "./commands/fields.js";
export { goalValuesSchema } from "./commands/setup.js";
export { agreementValuesSchema, caseValuesSchema } from "./commands/meeting.js";

/** Every command a client may send over the socket. */
export const clientCommandSchema = z.union([
  ...seriesSetupCommands,
  ...goalAndInterestCommands,
  ...sessionCommands,
  ...caseCommands,
  ...agreementCommands,
  ...reviewCommands,
]);
export type ClientCommand = z.infer<typeof clientCommandSchema>;

/** Creates a series; only the server issues it, as a series' first event. */
export const seriesCreateSchema = z.strictObject({
  type: z.literal("series.create"),
  name: text(LIMITS.seriesName, 1),
  creatorName: text(LIMITS.personName, 1),
});
export type SeriesCreate = z.infer<typeof seriesCreateSchema>;

/** Everything an event can carry: a client command or the series' creation. */
export const eventCommandSchema = z.union([seriesCreateSchema, clientCommandSchema]);
export type EventCommand = SeriesCreate | ClientCommand;
export type CommandType = EventCommand["type"];

/** The command of one type. */
export type CommandOf<T extends CommandType> = Extract<EventCommand, { type: T }>;
