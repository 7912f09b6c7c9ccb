import type { levelsDe } from "./levels.de.js";

/** English text of the two levels: a session's level and a strategic agreement broken down (merged into the catalog). */
export const levelsEn = {
  "level.label": "Level",
  "level.none": "– none –",
  "level.session.strategic": "Strategic session",
  "level.session.operational": "Executive session",
  "breakdown.action": "Break down",
  "breakdown.action.hint": "Add an executive agreement under this strategic one",
  "breakdown.cancel": "Cancel",
  "breakdown.parent.field": "Breaks down",
  "breakdown.parent.none": "– no strategic agreement –",
  "breakdown.parent.link": "Breaks down: {text}",
  "breakdown.children.title": "Broken down into",
  "breakdown.children.count.one": "{count} executive agreement",
  "breakdown.children.count.other": "{count} executive agreements",
  "breakdown.review.title": "How the executive agreements did",
  "breakdown.review.notReviewed": "not reviewed yet",
  "breakdown.review.kept": "Kept: {kept}",
  "breakdown.review.outcome": "Outcome: {outcome}",
  "results.level.filter": "Level",
  "results.level.all": "All levels",
} satisfies Record<keyof typeof levelsDe, string>;
