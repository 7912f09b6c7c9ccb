/** How long a new invite link can be used to join, as offered in the invite panel. */
export const INVITE_VALIDITIES = ["1", "7", "14", "30", "90", "365", "revoked"] as const;
export type InviteValidity = (typeof INVITE_VALIDITIES)[number];

/** Two weeks: long enough to pass a link round before a meeting, short enough not to linger. */
export const DEFAULT_VALIDITY: InviteValidity = "14";

/** The days to ask the server for; null: until the link is revoked. */
export function validDaysOf(validity: InviteValidity): number | null {
  return validity === "revoked" ? null : Number(validity);
}
