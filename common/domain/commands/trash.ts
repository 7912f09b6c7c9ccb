import { z } from "zod";
import { TrashKind } from "../vocabulary.js";
import { idSchema, oneOf } from "./fields.js";

/** Bringing a removed case, agreement, note or mirror statement back from the trash (Rückgängig, Wiederherstellen). */
export const trashCommands = [
  z.strictObject({ type: z.literal("item.restore"), kind: oneOf(TrashKind), itemId: idSchema }),
] as const;
