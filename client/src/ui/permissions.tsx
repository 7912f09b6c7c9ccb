import { createContext, useContext, type ReactNode } from "react";
import type { ClientCommandType } from "@common/domain/commands.js";
import "./editable.css";

/** Whether this person may send commands of a type right now (role and locks). */
export type CanSend = (type: ClientCommandType) => boolean;

const allowAll: CanSend = () => true;
const PermissionContext = createContext<CanSend>(allowAll);

/** Tells the controls below what this person may do; without it everything is allowed. */
export function PermissionProvider({ canSend, children }: { canSend: CanSend; children: ReactNode }) {
  return <PermissionContext.Provider value={canSend}>{children}</PermissionContext.Provider>;
}

/** What this person may send, for showing, hiding and disabling controls. */
export function useCanSend(): CanSend {
  return useContext(PermissionContext);
}

/** True when this person may not edit the board's content now (observer, or the board is locked). */
export function useReadOnly(): boolean {
  return !useContext(PermissionContext)("case.update");
}

/**
 * Disables every control inside when the person may not send `type` (by
 * default: may not edit content). A fieldset, so that no control is forgotten.
 */
export function EditScope({
  type = "case.update",
  className,
  children,
}: {
  type?: ClientCommandType;
  className?: string;
  children: ReactNode;
}) {
  const allowed = useCanSend()(type);
  return (
    <fieldset
      className={`edit-scope${className ? ` ${className}` : ""}`}
      disabled={!allowed}
      data-read-only={allowed ? undefined : "true"}
    >
      {children}
    </fieldset>
  );
}
