import { describe, expect, it } from "vitest";
import { EntityKind } from "@common/domain/types.js";
import { translate } from "@common/i18n/translate.js";
import { overwriteMessage } from "../../client/src/sync/notices.js";
import { CARLA, makeRoom } from "../common/fixtures.js";

describe("the notice when someone else replaced a series field one wrote", () => {
  const state = makeRoom();
  it.each<[string, string]>([
    ["name", "Ihre Änderung am Namen der Reihe wurde von Carla überschrieben."],
    ["template", "Ihre Wahl der Vorlage der Reihe wurde von Carla ersetzt."],
  ])("%s", (field, text) => {
    const ref = overwriteMessage(
      { key: `series:${state.id}:${field}`, kind: EntityKind.series, entityId: state.id, field, by: CARLA },
      state,
    );
    expect(translate("de", ref.key, ref.params)).toBe(text);
  });
});
