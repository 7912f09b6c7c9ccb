import type { setupDe } from "./setup.de.js";

/** English UI text of the setup features: exactly the keys of the German fragment. */
export const setupEn = {} satisfies Record<keyof typeof setupDe, string>;
