import { describe, expect, it } from "vitest";
import { initialsOf } from "../../client/src/ui/Avatar.js";

describe("initials on avatars", () => {
  it.each([
    ["Anna Berger", "AB"],
    ["Katrin Vogel (Moderation)", "KV"],
    ["Mehmet Yılmaz", "MY"],
    ["Özlem", "Ö"],
    ["(…) 42", "?"],
  ])("%s → %s", (name, initials) => {
    expect(initialsOf(name)).toBe(initials);
  });
});
