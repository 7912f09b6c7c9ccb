/** What an invite address (`/join#<token>` or `/join#<token>&projector`) carries. */
export interface InviteLink {
  token: string;
  /** The link is for a projector: join as "Projektor" without asking, and show the projector view. */
  projector: boolean;
}

/** Reads an invite address's fragment; null when it holds no token. */
export function parseInviteFragment(hash: string): InviteLink | null {
  const [token = "", ...flags] = hash.replace(/^#/, "").split("&");
  return token === "" ? null : { token, projector: flags.includes("projector") };
}
