import type { ClientCommand } from "@common/domain/commands.js";
import type { AccessReply, AccessRequest } from "@common/protocol.js";

/** What components may ask of the sync client. */
export interface SyncActions {
  /** Applies a command at once and sends it; it stays pending until acknowledged. */
  send(command: ClientCommand): void;
  /** Tells the others which case or agreement this person is looking at. */
  setFocus(itemId: string | null): void;
  /**
   * Tells the others which item this person is typing in: called on each keystroke, it ends by
   * itself after a short pause; null ends it at once.
   */
  setTyping(itemId: string | null): void;
  /** Invite links and access (facilitators); null when the server gave no answer. */
  access(request: AccessRequest): Promise<AccessReply | null>;
}
