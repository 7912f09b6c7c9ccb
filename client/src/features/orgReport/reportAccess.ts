import type { SeriesState } from "@common/domain/types.js";
import { viewerOf } from "@common/domain/visibility/viewer.js";
import { Role } from "@common/domain/vocabulary.js";
import { reportOrgs } from "@common/exports/orgReport.js";

/** The organisations whose report this person may open: every one for a facilitator, else their own. */
export function readableReportOrgs(state: SeriesState, me: string): { id: string; name: string }[] {
  const viewer = viewerOf(state, me);
  if (!viewer) return [];
  const orgs = reportOrgs(state);
  return viewer.role === Role.facilitator ? orgs : orgs.filter((org) => org.id === viewer.orgId);
}
