/** Up to two initials of a name. */
export function initialsOf(name: string): string {
  // Only words that start with a letter count: "Katrin Vogel (Moderation)" is "KV".
  const words = name
    .trim()
    .split(/\s+/)
    .filter((word) => /^\p{L}/u.test(word));
  const first = words[0]?.[0] ?? "?";
  const last = words.length > 1 ? (words.at(-1)?.[0] ?? "") : "";
  return (first + last).toUpperCase();
}

/** A calm hue per person, stable across devices. */
export function hueOf(personId: string): number {
  let hash = 0;
  for (const char of personId) hash = (hash * 31 + char.charCodeAt(0)) % 360;
  return hash;
}

export interface AvatarProps {
  personId: string;
  name: string;
  /** Tooltip and accessible name; the name by default. */
  label?: string;
  small?: boolean;
}

/** A round badge with a person's initials; the label is for screen readers and the tooltip. */
export function Avatar({ personId, name, label = name, small = false }: AvatarProps) {
  return (
    <span
      className={small ? "avatar avatar-small" : "avatar"}
      style={{ backgroundColor: `hsl(${hueOf(personId)} 45% 42%)` }}
      title={label}
      role="img"
      aria-label={label}
    >
      {initialsOf(name)}
    </span>
  );
}
