/** The ISO date `days` after `today` (both YYYY-MM-DD, UTC). */
export function addDays(today: string, days: number): string {
  const date = new Date(`${today}T00:00:00.000Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
