import { z } from "zod";
import { TrashKind } from "../vocabulary.js";
import { idSchema, oneOf } from "../commands/fields.js";

/** Bringing a removed case, agreement, note or mirror statement back from the trash (Rückgängig, Wiederherstellen). */
export const itemRestoreSchema = z.strictObject({
  type: z.literal("item.restore"),
  kind: oneOf(TrashKind),
  itemId: idSchema,
});
