import { describe, expect, it } from "vitest";
import { parseInviteFragment } from "../../client/src/features/join/inviteLink.js";

describe("invite addresses", () => {
  it.each([
    ["#ekp_AAAAAAAAAAAAAAAAAAAAAA", { token: "ekp_AAAAAAAAAAAAAAAAAAAAAA", projector: false, participantInvite: null }],
    [
      "#eko_AAAAAAAAAAAAAAAAAAAAAA&projector",
      { token: "eko_AAAAAAAAAAAAAAAAAAAAAA", projector: true, participantInvite: null },
    ],
    [
      "#eko_AAAAAAAAAAAAAAAAAAAAAA&projector&invite=ekp_BBBBBBBBBBBBBBBBBBBBBB",
      { token: "eko_AAAAAAAAAAAAAAAAAAAAAA", projector: true, participantInvite: "ekp_BBBBBBBBBBBBBBBBBBBBBB" },
    ],
    // Only a projector link carries a participant link to show.
    [
      "#ekp_AAAAAAAAAAAAAAAAAAAAAA&invite=ekp_BBBBBBBBBBBBBBBBBBBBBB",
      { token: "ekp_AAAAAAAAAAAAAAAAAAAAAA", projector: false, participantInvite: null },
    ],
    [
      "#ekp_AAAAAAAAAAAAAAAAAAAAAA&other",
      { token: "ekp_AAAAAAAAAAAAAAAAAAAAAA", projector: false, participantInvite: null },
    ],
    ["", null],
    ["#", null],
  ])("%s", (hash, expected) => {
    expect(parseInviteFragment(hash)).toEqual(expected);
  });
});
