import { useCallback, useEffect, useState } from "react";
import type { Role } from "../../../../common/domain/vocabulary.js";
import type { AccessRequest, InviteView } from "../../../../common/protocol.js";
import type { MessageKey } from "../../i18n/i18n.js";
import { useSync } from "../../sync/context.js";
import { useAppStore } from "../../store/context.js";
import { chooseProjectorInvite, readInviteTokens, rememberInviteToken } from "./inviteTokens.js";

export interface InvitesState {
  invites: readonly InviteView[] | null;
  /** Tokens made on this device, by invite id. */
  tokens: Readonly<Record<string, string>>;
  busy: boolean;
  error: MessageKey | null;
  create(role: Role): void;
  revoke(inviteId: string): void;
  revokePerson(personId: string): void;
}

/** The series' invite links (facilitators only), loaded when shown, with the actions on them. */
export function useInvites(seriesId: string): InvitesState {
  const sync = useSync();
  const [invites, setInvites] = useState<readonly InviteView[] | null>(null);
  const [tokens, setTokens] = useState(() => readInviteTokens(seriesId));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<MessageKey | null>(null);

  const run = useCallback(
    async (request: AccessRequest, role?: Role) => {
      setBusy(true);
      const reply = await sync.access(request);
      setBusy(false);
      if (!reply) return setError("invites.error.network");
      if (!reply.ok) return setError("invites.error.refused");
      setError(null);
      setInvites(reply.invites);
      if (reply.created) {
        rememberInviteToken(seriesId, reply.created.inviteId, reply.created.token);
        if (role === "participant") chooseProjectorInvite(seriesId, reply.created.inviteId);
        setTokens(readInviteTokens(seriesId));
      }
    },
    [sync, seriesId],
  );

  // Someone joining (or leaving) changes how many came through each link: ask again.
  const people = useAppStore((s) => Object.keys(s.document.view?.people ?? {}).length);
  useEffect(() => {
    void run({ action: "invites" });
  }, [run, people]);

  return {
    invites,
    tokens,
    busy,
    error,
    create: (role) => void run({ action: "createInvite", role }, role),
    revoke: (inviteId) => void run({ action: "revokeInvite", inviteId }),
    revokePerson: (personId) => void run({ action: "revokePerson", personId }),
  };
}
