import "./avatar.css";

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

const SATURATION = 0.45;
/** WCAG AA for the initials' small bold text on the badge. */
const MIN_CONTRAST = 4.5;

function channel(value: number): number {
  return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
}

/** The contrast of white text on `hsl(hue 45% lightness)` as painted, measured as WCAG 2.1 does. */
export function contrastWithWhite(hue: number, lightness: number): number {
  const chroma = (1 - Math.abs(2 * lightness - 1)) * SATURATION;
  const part = chroma * (1 - Math.abs(((hue / 60) % 2) - 1));
  const sector = Math.floor(hue / 60) % 6;
  const rgb = [
    [chroma, part, 0],
    [part, chroma, 0],
    [0, chroma, part],
    [0, part, chroma],
    [part, 0, chroma],
    [chroma, 0, part],
  ][sector] ?? [0, 0, 0];
  // The browser paints whole 8-bit channels: measure what it paints, not the exact colour.
  const [r = 0, g = 0, b = 0] = rgb.map((value) => channel(Math.round((value + lightness - chroma / 2) * 255) / 255));
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return 1.05 / (luminance + 0.05);
}

/**
 * The badge's lightness for a hue: as light as 42 % where white initials stay
 * readable, darker for the bright hues (yellow, green, cyan) where they would not.
 */
export function avatarLightness(hue: number): number {
  let lightness = 0.42;
  while (contrastWithWhite(hue, lightness) < MIN_CONTRAST) lightness -= 0.01;
  return lightness;
}

export interface AvatarProps {
  personId: string;
  name: string;
  /** Tooltip and accessible name; the name by default. */
  label?: string;
  small?: boolean;
}

/** The badge colour of a person: their hue, dark enough for white initials. */
export function avatarBackground(personId: string): string {
  const hue = hueOf(personId);
  return `hsl(${hue} ${SATURATION * 100}% ${Math.round(avatarLightness(hue) * 100)}%)`;
}

/** A round badge with a person's initials; the label is for screen readers and the tooltip. */
export function Avatar({ personId, name, label = name, small = false }: AvatarProps) {
  return (
    <span
      className={small ? "avatar avatar-small" : "avatar"}
      style={{ backgroundColor: avatarBackground(personId) }}
      title={label}
      role="img"
      aria-label={label}
    >
      {initialsOf(name)}
    </span>
  );
}
