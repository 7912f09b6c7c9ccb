import { describe, expect, it } from "vitest";
import { parseInviteFragment } from "../../client/src/features/join/inviteLink.js";

describe("invite addresses", () => {
  it.each([
    ["#ekp_AAAAAAAAAAAAAAAAAAAAAA", { token: "ekp_AAAAAAAAAAAAAAAAAAAAAA", projector: false }],
    ["#eko_AAAAAAAAAAAAAAAAAAAAAA&projector", { token: "eko_AAAAAAAAAAAAAAAAAAAAAA", projector: true }],
    ["#ekp_AAAAAAAAAAAAAAAAAAAAAA&other", { token: "ekp_AAAAAAAAAAAAAAAAAAAAAA", projector: false }],
    ["", null],
    ["#", null],
  ])("%s", (hash, expected) => {
    expect(parseInviteFragment(hash)).toEqual(expected);
  });
});
