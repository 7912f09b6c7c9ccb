import type { Role } from "@common/domain/vocabulary.js";
import { useT } from "../../i18n/useT.js";
import { roleKey } from "./roleLabels.js";
import "./invites.css";

/** A small badge naming a person's role. */
export function RoleBadge({ role }: { role: Role }) {
  const t = useT();
  return (
    <span className={`role-badge role-badge-${role}`} data-testid="role-badge" data-role={role}>
      {t(roleKey(role))}
    </span>
  );
}
