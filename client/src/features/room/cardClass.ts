/** The class names of an item card: pending while unconfirmed, highlighted in the spotlight. */
export function cardClass(kind: string, unconfirmed: boolean, spotlight: boolean): string {
  return ["card", kind, unconfirmed ? "card-pending" : null, spotlight ? "card-spotlight" : null]
    .filter((c) => c !== null)
    .join(" ");
}
