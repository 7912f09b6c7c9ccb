import { describe, expect, it } from "vitest";
import { avatarLightness, contrastWithWhite, initialsOf } from "../../client/src/ui/Avatar.js";

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

describe("avatar colours", () => {
  it("white initials are readable (WCAG AA, 4.5:1) on the badge of every hue", () => {
    const unreadable = Array.from({ length: 360 }, (_, hue) => hue).filter(
      (hue) => contrastWithWhite(hue, Math.round(avatarLightness(hue) * 100) / 100) < 4.5,
    );
    expect(unreadable).toEqual([]);
  });

  it("measures contrast as WCAG does: black on white is 21:1, white on white 1:1, and the old yellow badge fell short", () => {
    expect(contrastWithWhite(0, 0)).toBeCloseTo(21, 5);
    expect(contrastWithWhite(0, 1)).toBeCloseTo(1, 5);
    expect(contrastWithWhite(60, 0.42)).toBeLessThan(4.5);
  });
});
