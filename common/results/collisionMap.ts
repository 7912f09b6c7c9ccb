import type { Collision, SeriesState } from "../domain/types.js";
import { Side } from "../domain/vocabulary.js";
import { countOutcomes, latestOutcome, type OutcomeCounts } from "./verdicts.js";

/** An interest on one axis of the map. */
export interface AxisInterest {
  id: string;
  label: string;
  side: Side;
}

/** How the agreements answering a collision worked, by their newest outcome verdict. */
export interface OutcomeTally extends OutcomeCounts {
  /** Agreements no review has given an outcome yet. */
  unreviewed: number;
}

/** One cell of the map: a sales interest and an operations interest that collided. */
export interface CollisionCell {
  salesInterestId: string;
  operationsInterestId: string;
  /** The collisions naming both interests, in the order they were recorded. */
  collisionIds: string[];
  /** Cases tagged with any of these collisions (a case tagged with two counts once). */
  cases: number;
  /** Agreements answering any of these collisions, in the order they were made. */
  agreementIds: string[];
  outcomes: OutcomeTally;
}

/** Sales interests × operations interests, with the cells where they collided. */
export interface CollisionMap {
  /** Sales-side and shared interests, in label order. */
  sales: AxisInterest[];
  /** Operations-side and shared interests, in label order. */
  operations: AxisInterest[];
  /** Only the pairs that collided, ordered by row (sales) then column (operations). */
  cells: CollisionCell[];
  /** Collisions that pair no sales-axis interest with an operations-axis one (an interest moved to the other side). */
  offGrid: string[];
}

/**
 * The collision map. Shared interests stand on both axes: a collision of a
 * shared interest with a sales one fills a cell in the shared interest's
 * operations column, one with an operations interest a cell in its sales row.
 * A collision of three or more interests fills every sales × operations pair it
 * names, except two shared interests with each other (the collision is about
 * its sided interest, and a pair would show twice, mirrored). Every version of
 * a revised agreement keeps the collision and counts with its own outcome.
 */
export function collisionMap(state: SeriesState): CollisionMap {
  const sales = axis(state, Side.sales);
  const operations = axis(state, Side.operations);
  const rowOf = new Map(sales.map((interest, index) => [interest.id, index]));
  const columnOf = new Map(operations.map((interest, index) => [interest.id, index]));
  const grid = new Map<string, GridCell>();
  const offGrid: string[] = [];
  for (const collision of Object.values(state.collisions).sort((a, b) => a.createdSeq - b.createdSeq)) {
    let placed = false;
    for (const salesId of collision.interestIds) {
      const row = rowOf.get(salesId);
      for (const operationsId of collision.interestIds) {
        const column = columnOf.get(operationsId);
        if (row === undefined || column === undefined || bothShared(state, salesId, operationsId)) continue;
        const key = `${row}:${column}`;
        const cell = grid.get(key) ?? { salesId, operationsId, row, column, collisions: [] };
        cell.collisions.push(collision);
        grid.set(key, cell);
        placed = true;
      }
    }
    if (!placed) offGrid.push(collision.id);
  }
  const cells = [...grid.values()]
    .sort((a, b) => a.row - b.row || a.column - b.column)
    .map((cell) => cellOf(state, cell));
  return { sales, operations, cells, offGrid };
}

/** Whether both are shared interests (an interest is shared with itself, too). */
function bothShared(state: SeriesState, one: string, other: string): boolean {
  return state.interests[one]?.side === Side.shared && state.interests[other]?.side === Side.shared;
}

interface GridCell {
  salesId: string;
  operationsId: string;
  row: number;
  column: number;
  collisions: Collision[];
}

/** The interests of one side plus the shared ones, in label order (German collation), then creation order. */
function axis(state: SeriesState, side: Side): AxisInterest[] {
  return Object.values(state.interests)
    .filter((interest) => interest.side === side || interest.side === Side.shared)
    .sort((a, b) => a.label.localeCompare(b.label, "de") || a.createdSeq - b.createdSeq)
    .map((interest) => ({ id: interest.id, label: interest.label, side: interest.side }));
}

function cellOf(state: SeriesState, { salesId, operationsId, collisions }: GridCell): CollisionCell {
  const ids = new Set(collisions.map((c) => c.id));
  const cases = Object.values(state.cases).filter((c) => c.collisionIds.some((id) => ids.has(id))).length;
  const agreements = Object.values(state.agreements)
    .filter((a) => a.collisionId !== null && ids.has(a.collisionId))
    .sort((a, b) => a.createdSeq - b.createdSeq);
  const outcomes = agreements.map((a) => latestOutcome(state, a.id));
  return {
    salesInterestId: salesId,
    operationsInterestId: operationsId,
    collisionIds: collisions.map((c) => c.id),
    cases,
    agreementIds: agreements.map((a) => a.id),
    outcomes: { ...countOutcomes(outcomes), unreviewed: outcomes.filter((o) => o === null).length },
  };
}
