import type { Agreement, SeriesState } from "@common/domain/types.js";
import { useT } from "../../i18n/useT.js";

/** "Verantwortlich: Anna Hansen, Bernd Lindner": the owners by name, as the recap reads them out. */
export function ProjectorOwners({ state, agreement }: { state: SeriesState; agreement: Agreement }) {
  const t = useT();
  const names = agreement.ownerIds.map((id) => state.people[id]?.name ?? "?");
  return (
    <p className="projector-owners" data-testid="projector-owners">
      {names.length === 0 ? t("recap.noOwner") : t("recap.owners", { names: names.join(", ") })}
    </p>
  );
}
