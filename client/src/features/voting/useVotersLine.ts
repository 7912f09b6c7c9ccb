import { votersPresent } from "@common/domain/rules/voteCounts.js";
import type { Voting } from "@common/domain/types.js";
import { useT } from "../../i18n/useT.js";
import { useAppStore } from "../../store/context.js";

/** "3 von 7 haben abgestimmt": who voted of those online who may vote. */
export function useVotersLine(voting: Voting): string {
  const t = useT();
  const online = useAppStore((s) => s.presence.online);
  const people = useAppStore((s) => s.document.view?.people);
  // Someone who voted and left still counts: the denominator is never below the count.
  const present = Math.max(
    voting.voters,
    votersPresent(
      people ?? {},
      online.map((entry) => entry.personId),
    ),
  );
  return t("vote.voters", { count: voting.voters, present });
}
