import type { exportsDe } from "./exports.de.js";

/** English text of the minutes page and the downloads. */
export const exportsEn = {
  "exports.open": "Minutes & export",
  "exports.open.hint": "View and print minutes; download agreements, calendar and backup",
  "exports.title": "Minutes and exports",
  "exports.intro":
    "Everything that comes out: each session's minutes to print or as Markdown, the agreements as a spreadsheet, the dates for your calendar. They hold what you also see on the board.",
  "exports.sessions": "Minutes of the sessions",
  "exports.sessions.none": "No session yet.",
  "exports.session.view": "View and print minutes",
  "exports.session.markdown": "Markdown",
  "exports.session.draft": "Draft",
  "exports.files": "Files",
  "exports.csv": "Agreements (Excel, CSV with semicolons)",
  "exports.csv.hint": "Semicolon-separated, opens directly in German Excel.",
  "exports.csvComma": "Agreements (CSV, commas)",
  "exports.calendar": "Calendar (.ics)",
  "exports.calendar.hint": "The next session and the due dates of open agreements.",
  "exports.backup": "Backup of the series (.json)",
  "exports.backup.hint": "Facilitators only. Can be imported as a new series on the start page.",
  "exports.busy": "Preparing…",
  "exports.problem.noAccess": "This device no longer has access to this series.",
  "exports.problem.refused": "The server refused the export.",
  "exports.problem.network": "No connection to the server. Please try again.",
  "exports.back": "Back to the board",
  "exports.toList": "All minutes",
  "exports.print": "Print",
  "minutes.notFound": "This series has no such session.",
  "import.title": "Import a backup",
  "import.intro":
    "A backup file (.json) becomes a new series, with you as its facilitator. This device must be a facilitator of a series on this server.",
  "import.file": "Choose backup file",
  "import.busy": "Importing…",
  "import.error.noFacilitator":
    "This device facilitates no series on this server. Open a series as its facilitator first.",
  "import.error.invalid": "This file is not a valid Einklang backup.",
  "import.error.tooLarge": "The file is too large.",
  "import.error.server": "The backup could not be imported. Please try again later.",
} satisfies Record<keyof typeof exportsDe, string>;
