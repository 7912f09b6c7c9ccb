import type { ChangeKind } from "@common/domain/vocabulary.js";
import { useT } from "../../i18n/useT.js";
import { changeKindKey } from "./labels.js";
import "./changeKind.css";

/** The kind of change at a glance; nothing when none is stated. */
export function ChangeKindChip({ kind }: { kind: ChangeKind | null | undefined }) {
  const t = useT();
  if (!kind) return null;
  return (
    <span className={`chip change-kind-chip change-kind-${kind}`} data-testid="change-kind-chip" data-kind={kind}>
      {t(changeKindKey(kind))}
    </span>
  );
}
