import { ItemKind } from "../vocabulary.js";

/** A case, agreement or goal a command names. */
export interface ItemRef {
  kind: ItemKind;
  id: string;
}

/** The case of that id. */
export const caseRef = (id: string): ItemRef => ({ kind: ItemKind.case, id });
/** The agreement of that id. */
export const agreementRef = (id: string): ItemRef => ({ kind: ItemKind.agreement, id });
/** The goal of that id. */
export const goalRef = (id: string): ItemRef => ({ kind: ItemKind.goal, id });
/** The case of that id, if there is an id. */
export const caseIf = (id: string | null | undefined): ItemRef[] => (id ? [caseRef(id)] : []);

/** For commands that name no case, agreement or goal. */
export function touchesNothing(): ItemRef[] {
  return [];
}
