import type { orgReportDe } from "./orgReport.de.js";

/** English text of the report per organisation after a workshop or peer visit (merged into the English catalog). */
export const orgReportEn = {
  "document.orgReport.title": "Report for {org}: {series}",
  "document.orgReport.about": "What counts from this session for {org} – without other organisations' internal items.",
  "document.orgReport.date": "Date",
  "document.orgReport.collisions": "Collisions",
  "document.orgReport.collisionsNone": "No collisions tagged.",
  "document.orgReport.agreements": "Agreements that concern {org}",
  "document.orgReport.agreementsNone": "No agreement of this session concerns this organisation.",
  "document.orgReport.takeHomeNone": "Nothing noted to take home.",
  "document.orgReport.observations": "Observations by {org}",
  "document.orgReport.observationsHost": "Observations at the stations of {org}",
  "document.orgReport.observationsNone": "No observations.",
  "document.orgReport.results": "Shared results",
  "orgReport.link": "Report per organisation",
  "orgReport.intro": "One report per organisation: without other organisations' internal items.",
  "orgReport.open": "View report",
  "orgReport.zip": "All reports (ZIP)",
  "orgReport.notFound": "This report does not exist or you may not see it.",
  "orgReport.toMinutes": "To the minutes",
} satisfies Record<keyof typeof orgReportDe, string>;
