/** German text of the join page. */
export const joinDe = {
  "join.projectorName": "Projektor",
  "join.boundOrg": "Sie treten für {org} bei.",
} as const;
