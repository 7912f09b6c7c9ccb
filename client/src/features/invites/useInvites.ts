import { useCallback, useEffect, useState } from "react";
import type { Role } from "@common/domain/vocabulary.js";
import type { AccessRequest, InviteView } from "@common/protocol.js";
import type { MessageKey } from "../../i18n/i18n.js";
import { useSync } from "../../sync/context.js";
import { useAppStore } from "../../store/context.js";
import { chooseProjectorInvite, readInviteTokens, rememberInviteToken } from "./inviteTokens.js";

export interface CreatedInvite {
  inviteId: string;
  token: string;
}

export interface InvitesState {
  invites: readonly InviteView[] | null;
  /** Tokens made on this device, by invite id. */
  tokens: Readonly<Record<string, string>>;
  busy: boolean;
  error: MessageKey | null;
  /** Makes a link for a role, bound to an organisation or not; the new link's id and token, null when refused. */
  create(role: Role, orgId?: string | null, validDays?: number | null): Promise<CreatedInvite | null>;
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
    async (request: AccessRequest, role?: Role): Promise<CreatedInvite | null> => {
      setBusy(true);
      const reply = await sync.access(request);
      setBusy(false);
      if (!reply) {
        setError("invites.error.network");
        return null;
      }
      if (!reply.ok) {
        setError("invites.error.refused");
        return null;
      }
      setError(null);
      setInvites(reply.invites);
      if (!reply.created) return null;
      rememberInviteToken(seriesId, reply.created.inviteId, reply.created.token);
      if (role === "participant") chooseProjectorInvite(seriesId, reply.created.inviteId);
      setTokens(readInviteTokens(seriesId));
      return reply.created;
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
    // Without organisations there is nothing to bind a link to: the request stays as it was.
    create: (role, orgId, validDays) => {
      const request: AccessRequest = { action: "createInvite", role };
      if (orgId !== undefined) request.orgId = orgId;
      if (validDays !== undefined) request.validDays = validDays;
      return run(request, role);
    },
    revoke: (inviteId) => void run({ action: "revokeInvite", inviteId }),
    revokePerson: (personId) => void run({ action: "revokePerson", personId }),
  };
}
