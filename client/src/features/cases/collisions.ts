import type { Collision, SeriesState } from "@common/domain/types.js";

/** A collision named by its interests: "Kurze Lieferzusagen ↔ Stabiler Produktionsplan". */
export function collisionLabel(state: SeriesState, collision: Collision): string {
  return collision.interestIds.map((id) => state.interests[id]?.label ?? "…").join(" ↔ ");
}

/** The collision of exactly these interests, if the series has it already. */
export function findCollision(state: SeriesState, interestIds: readonly string[]): Collision | null {
  const key = [...interestIds].sort().join(",");
  return Object.values(state.collisions).find((c) => [...c.interestIds].sort().join(",") === key) ?? null;
}
