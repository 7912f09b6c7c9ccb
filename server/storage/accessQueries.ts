import type { Kysely, Selectable } from "kysely";
import type { Role } from "@common/domain/vocabulary.js";
import type { AccessStore, DeviceRecord, InviteRecord } from "./accessTypes.js";
import type { Database, DevicesTable, InvitesTable } from "./schema.js";

/** Invite and device queries over a Kysely handle (a database or a transaction). */
export function accessQueries(db: Kysely<Database>): AccessStore {
  /** The live devices of a series, to be revoked at `at`; callers narrow it down further. */
  const revokingDevicesOf = (seriesId: string, at: string) =>
    db.updateTable("devices").set({ revoked_at: at }).where("series_id", "=", seriesId).where("revoked_at", "is", null);
  const store: AccessStore = {
    async addInvite(invite, tokenHash) {
      await db
        .insertInto("invites")
        .values({
          id: invite.id,
          series_id: invite.seriesId,
          role: invite.role,
          org_id: invite.orgId,
          token_hash: tokenHash,
          created_at: invite.createdAt,
          created_by: invite.createdBy,
          revoked_at: invite.revokedAt,
          expires_at: invite.expiresAt,
        })
        .execute();
    },
    async inviteByHash(tokenHash) {
      const row = await db.selectFrom("invites").selectAll().where("token_hash", "=", tokenHash).executeTakeFirst();
      return row ? inviteFromRow(row) : null;
    },
    async invitesOf(seriesId) {
      const rows = await db
        .selectFrom("invites")
        .selectAll("invites")
        .select((eb) =>
          eb
            .selectFrom("devices")
            .select((d) => d.fn.countAll<number | string>().as("n"))
            .whereRef("devices.invite_id", "=", "invites.id")
            .as("joined"),
        )
        .where("series_id", "=", seriesId)
        .orderBy("created_at", "desc")
        .orderBy("id")
        .execute();
      return rows.map((row) => ({ ...inviteFromRow(row), joined: Number(row.joined ?? 0) }));
    },
    async revokeInvite(seriesId, inviteId, at) {
      await store.raiseAccessGeneration(seriesId);
      const result = await db
        .updateTable("invites")
        .set({ revoked_at: at })
        .where("series_id", "=", seriesId)
        .where("id", "=", inviteId)
        .where("revoked_at", "is", null)
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) === 0) return false;
      await revokingDevicesOf(seriesId, at).where("invite_id", "=", inviteId).execute();
      return true;
    },
    async addDevice(device, tokenHash) {
      await db
        .insertInto("devices")
        .values({
          id: device.id,
          series_id: device.seriesId,
          person_id: device.personId,
          invite_id: device.inviteId,
          token_hash: tokenHash,
          created_at: device.createdAt,
          revoked_at: device.revokedAt,
          created_by: device.createdBy,
          limited: device.limited ? 1 : 0,
          expires_at: device.expiresAt ?? null,
        })
        .execute();
    },
    async deviceByHash(tokenHash) {
      const row = await db
        .selectFrom("devices")
        .leftJoin("invites", "invites.id", "devices.invite_id")
        .selectAll("devices")
        .select("invites.revoked_at as invite_revoked_at")
        .where("devices.token_hash", "=", tokenHash)
        .executeTakeFirst();
      if (!row) return null;
      // A device that joined through a link revoked meanwhile is revoked too, even if it was
      // written by a join that raced the revocation.
      const device = deviceFromRow(row);
      return device.revokedAt === null && row.invite_revoked_at
        ? { ...device, revokedAt: row.invite_revoked_at }
        : device;
    },
    async revokePerson(seriesId, personId, at) {
      await store.raiseAccessGeneration(seriesId);
      // The links a revoked person made go with them (a facilitator removed from the series).
      const made = await db
        .selectFrom("invites")
        .select("id")
        .where("series_id", "=", seriesId)
        .where("created_by", "=", personId)
        .where("revoked_at", "is", null)
        .execute();
      for (const invite of made) await store.revokeInvite(seriesId, invite.id, at);
      const result = await revokingDevicesOf(seriesId, at).where("person_id", "=", personId).executeTakeFirst();
      return Number(result.numUpdatedRows) + (await store.revokeMadeBy(seriesId, personId, at));
    },
    async revokeMadeBy(seriesId, createdBy, at) {
      await store.raiseAccessGeneration(seriesId);
      // Only links not claimed yet: a claimed one is its person's own device.
      const result = await revokingDevicesOf(seriesId, at)
        .where("created_by", "=", createdBy)
        .where("limited", "=", 1)
        .executeTakeFirst();
      return Number(result.numUpdatedRows);
    },
    async revokeDevice(deviceId, at) {
      const result = await db
        .updateTable("devices")
        .set({ revoked_at: at })
        .where("id", "=", deviceId)
        .where("revoked_at", "is", null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
    async revokeDevicesOf(seriesId, personId, at) {
      await store.raiseAccessGeneration(seriesId);
      const rows = await revokingDevicesOf(seriesId, at).where("person_id", "=", personId).returning("id").execute();
      return rows.map((row) => row.id);
    },
    async deviceLive(deviceId) {
      const row = await db
        .selectFrom("devices")
        .leftJoin("invites", "invites.id", "devices.invite_id")
        .select(["devices.revoked_at as revoked_at", "invites.revoked_at as invite_revoked_at"])
        .where("devices.id", "=", deviceId)
        .executeTakeFirst();
      return row !== undefined && row.revoked_at === null && row.invite_revoked_at === null;
    },
    async hasOwnDevice(seriesId, personId) {
      const row = await db
        .selectFrom("devices")
        .select("id")
        .where("series_id", "=", seriesId)
        .where("person_id", "=", personId)
        .where("limited", "=", 0)
        .executeTakeFirst();
      return row !== undefined;
    },
    async liveOwnDevices(seriesId, personId) {
      const row = await db
        .selectFrom("devices")
        .leftJoin("invites", "invites.id", "devices.invite_id")
        .select((eb) => eb.fn.countAll<number | string>().as("count"))
        .where("devices.series_id", "=", seriesId)
        .where("devices.person_id", "=", personId)
        .where("devices.limited", "=", 0)
        .where("devices.revoked_at", "is", null)
        .where("invites.revoked_at", "is", null)
        .executeTakeFirst();
      return Number(row?.count ?? 0);
    },
    async revokeLimited(seriesId, personId, at) {
      await store.raiseAccessGeneration(seriesId);
      const result = await revokingDevicesOf(seriesId, at)
        .where("person_id", "=", personId)
        .where("limited", "=", 1)
        .executeTakeFirst();
      return Number(result.numUpdatedRows);
    },
    async closeInvites(seriesId, createdBy, roles, at) {
      if (roles.length === 0) return 0;
      const result = await db
        .updateTable("invites")
        .set({ expires_at: at })
        .where("series_id", "=", seriesId)
        .where("created_by", "=", createdBy)
        .where("role", "in", roles)
        .where("revoked_at", "is", null)
        .where((eb) => eb.or([eb("expires_at", "is", null), eb("expires_at", ">", at)]))
        .executeTakeFirst();
      return Number(result.numUpdatedRows);
    },
    async raiseAccessGeneration(seriesId) {
      await db
        .updateTable("series")
        .set((eb) => ({ access_gen: eb("access_gen", "+", 1) }))
        .where("id", "=", seriesId)
        .execute();
    },
  };
  return store;
}

function inviteFromRow(row: InvitesTable): InviteRecord {
  return {
    id: row.id,
    seriesId: row.series_id,
    role: row.role as Role,
    orgId: row.org_id,
    createdAt: row.created_at,
    createdBy: row.created_by,
    revokedAt: row.revoked_at,
    expiresAt: row.expires_at,
  };
}

function deviceFromRow(row: Selectable<DevicesTable>): DeviceRecord {
  return {
    id: row.id,
    seriesId: row.series_id,
    personId: row.person_id,
    inviteId: row.invite_id,
    createdAt: row.created_at,
    revokedAt: row.revoked_at,
    createdBy: row.created_by,
    limited: Number(row.limited) === 1,
    expiresAt: row.expires_at,
  };
}
