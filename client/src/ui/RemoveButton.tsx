import { useReadOnly } from "./permissions.js";

/**
 * A remove button that removes at once: what is removed goes to the trash,
 * and whoever removed it is offered "Rückgängig", so asking first would only
 * slow down the many removals that are meant.
 */
export function RemoveButton({
  label,
  onRemove,
  symbol,
}: {
  label: string;
  onRemove: () => void;
  /** A short mark shown instead of the label (the label stays the button's name), for small items. */
  symbol?: string;
}) {
  const readOnly = useReadOnly();
  if (readOnly) return null;
  return (
    <button
      type="button"
      className="button-quiet button-small"
      aria-label={symbol === undefined ? undefined : label}
      title={symbol === undefined ? undefined : label}
      data-testid="remove"
      onClick={onRemove}
    >
      {symbol ?? label}
    </button>
  );
}
