import { useCallback, useState } from "react";
import { personalLinkUrl } from "../../router.js";
import { useSync } from "../../sync/context.js";
import { ErrorCode } from "@common/errors.js";

/** Where making a personal link stands: not asked, being made, made (its address), or refused. */
export type PersonalLinkState =
  | { status: "idle" }
  | { status: "making" }
  | { status: "made"; url: string }
  /** `joined`: the person has a device of their own, so only they make links for it. */
  | { status: "failed"; joined?: boolean };

/**
 * Makes personal links: each one is a new device token of the person, shown
 * once and kept nowhere on this device (it is the other device's to keep).
 */
export function usePersonalLink(): { link: PersonalLinkState; make: (personId: string) => Promise<void> } {
  const sync = useSync();
  const [link, setLink] = useState<PersonalLinkState>({ status: "idle" });
  const make = useCallback(
    async (personId: string) => {
      setLink({ status: "making" });
      const reply = await sync.access({ action: "personalLink", personId });
      const token = reply?.ok ? reply.personalLink?.token : undefined;
      const joined = reply?.ok === false && reply.error.code === ErrorCode.conflict;
      setLink(
        token ? { status: "made", url: personalLinkUrl(window.location.origin, token) } : { status: "failed", joined },
      );
    },
    [sync],
  );
  return { link, make };
}
