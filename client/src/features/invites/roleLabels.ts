import { assertNever } from "@common/domain/assertNever.js";
import { Role } from "@common/domain/vocabulary.js";
import type { MessageKey } from "../../i18n/i18n.js";

/** The catalog key naming a role ("Moderation", "Teilnehmende", "Gäste"), as a group. */
export function roleGroupKey(role: Role): MessageKey {
  switch (role) {
    case Role.facilitator:
      return "room.role.facilitator.group";
    case Role.participant:
      return "room.role.participant.group";
    case Role.observer:
      return "room.role.observer.group";
    default:
      return assertNever(role);
  }
}

/** The catalog key naming one person's role. */
export function roleKey(role: Role): MessageKey {
  switch (role) {
    case Role.facilitator:
      return "room.role.facilitator";
    case Role.participant:
      return "room.role.participant";
    case Role.observer:
      return "room.role.observer";
    default:
      return assertNever(role);
  }
}
