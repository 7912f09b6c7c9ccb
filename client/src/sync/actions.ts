import type { ClientCommand } from "../../../common/domain/commands.js";

/** What components may ask of the sync client. */
export interface SyncActions {
  /** Applies a command at once and sends it; it stays pending until acknowledged. */
  send(command: ClientCommand): void;
  /** Tells the others which case or agreement this person is looking at. */
  setFocus(itemId: string | null): void;
}
