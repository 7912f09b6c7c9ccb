/** German text of the report per organisation after a workshop or peer visit (merged into the German catalog). */
export const orgReportDe = {
  "document.orgReport.title": "Bericht für {org}: {series}",
  "document.orgReport.about":
    "Was aus dieser Sitzung für {org} zählt – ohne die internen Punkte anderer Organisationen.",
  "document.orgReport.date": "Datum",
  "document.orgReport.collisions": "Interessenkollisionen",
  "document.orgReport.collisionsNone": "Keine Interessenkollisionen markiert.",
  "document.orgReport.agreements": "Vereinbarungen, die {org} betreffen",
  "document.orgReport.agreementsNone": "Keine Vereinbarung dieser Sitzung betrifft diese Organisation.",
  "document.orgReport.takeHomeNone": "Nichts zum Mitnehmen notiert.",
  "document.orgReport.observations": "Beobachtungen von {org}",
  "document.orgReport.observationsHost": "Beobachtungen an den Stationen von {org}",
  "document.orgReport.observationsNone": "Keine Beobachtungen.",
  "document.orgReport.results": "Gemeinsame Ergebnisse",
  "orgReport.link": "Bericht je Organisation",
  "orgReport.intro": "Je Organisation ein Bericht: ohne die internen Punkte anderer Organisationen.",
  "orgReport.open": "Bericht ansehen",
  "orgReport.zip": "Alle Berichte (ZIP)",
  "orgReport.notFound": "Diesen Bericht gibt es nicht oder Sie dürfen ihn nicht sehen.",
  "orgReport.toMinutes": "Zum Protokoll",
};
