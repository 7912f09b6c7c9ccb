import { nanoid } from "nanoid";
import { Role } from "@common/domain/vocabulary.js";
import { hashToken, makeToken, TokenKind } from "../server/access/tokens.js";
import { configFromEnv } from "../server/config.js";
import { StateCache } from "../server/series/stateCache.js";
import { openStorage } from "../server/storage/open.js";

/**
 * `npm run facilitator-link -- <seriesId>`: a new device link for a series'
 * first facilitator, for whoever runs the server — when a facilitator's browser
 * lost its token, or for a series made before invite links existed.
 */
async function main(): Promise<void> {
  const seriesId = process.argv[2];
  if (!seriesId) throw new Error("usage: npm run facilitator-link -- <seriesId>");
  const config = configFromEnv();
  const storage = await openStorage(config, (error) => console.error(error));
  try {
    const state = await new StateCache().current(storage, seriesId);
    if (!state) throw new Error(`no series ${seriesId}`);
    const facilitator = Object.values(state.people)
      .filter((p) => p.role === Role.facilitator)
      .sort((a, b) => a.joinedSeq - b.joinedSeq)[0];
    if (!facilitator) throw new Error("the series has no facilitator");
    const token = makeToken(TokenKind.device);
    await storage.access.addDevice(
      {
        id: nanoid(),
        seriesId,
        personId: facilitator.id,
        inviteId: null,
        createdAt: new Date().toISOString(),
        revokedAt: null,
        createdBy: null,
        limited: false,
      },
      hashToken(token),
    );
    const url = `http://localhost:${config.port}/s/${seriesId}#device=${token}`;
    console.log(JSON.stringify({ seriesId, personId: facilitator.id, name: facilitator.name, url }));
  } finally {
    await storage.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
