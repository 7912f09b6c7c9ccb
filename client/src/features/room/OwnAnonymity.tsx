/** How the others see one's own anonymous contribution. */
import "./room.css";
export function OwnAnonymity({ label }: { label: string | null }) {
  if (label === null) return null;
  return (
    <span className="own-anonymity" data-testid="anonymity-own">
      {label}
    </span>
  );
}
