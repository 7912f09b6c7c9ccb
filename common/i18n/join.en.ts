import type { joinDe } from "./join.de.js";

/** English text of the join page. */
export const joinEn: Record<keyof typeof joinDe, string> = {
  "join.projectorName": "Projector",
  "join.boundOrg": "You join for {org}.",
};
