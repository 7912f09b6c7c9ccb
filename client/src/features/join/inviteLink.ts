/** What an invite address (`/join#<token>`, `/join#<token>&projector&invite=<participant token>`) carries. */
export interface InviteLink {
  token: string;
  /** The link is for a projector: join as "Projektor" without asking, and show the projector view. */
  projector: boolean;
  /** For a projector: the participant link it shows as a QR code (the projector cannot make links). */
  participantInvite: string | null;
}

/** Reads an invite address's fragment; null when it holds no token. */
export function parseInviteFragment(hash: string): InviteLink | null {
  const [token = "", ...flags] = hash.replace(/^#/, "").split("&");
  if (token === "") return null;
  const projector = flags.includes("projector");
  const invite = flags.find((flag) => flag.startsWith("invite="))?.slice("invite=".length) ?? "";
  return { token, projector, participantInvite: projector && invite !== "" ? invite : null };
}
