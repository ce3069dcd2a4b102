/** Data access for accounts and API tokens. */
import { randomUUID } from "node:crypto";
import type { Role } from "@/domain/vocabulary";
import { getDb, type ReadOptions, readerOf, type Tx } from "./db";

const actorFields = { id: true, name: true, email: true, role: true, disabledAt: true } as const;

export async function findUserWithPasswordByEmail(email: string) {
  const db = await getDb();
  return db.user.findUnique({
    where: { email },
    select: { ...actorFields, accounts: { where: { providerId: "credential" }, select: { password: true } } },
  });
}

export async function findUserById(id: string) {
  const db = await getDb();
  return db.user.findUnique({ where: { id }, select: actorFields });
}

export async function insertApiToken(data: { userId: string; name: string; tokenHash: string; lastFour: string; expiresAt: Date | null }) {
  const db = await getDb();
  return db.apiToken.create({ data });
}

/**
 * A live (not revoked, not expired) token and its owner: one join, as every API request asks it.
 * Stamps are compared as ISO text in UTC on SQLite (how they are stored) and as timestamps on
 * PostgreSQL; the parameter reads the same to both.
 */
export async function findLiveTokenByHash(tokenHash: string, now: Date) {
  const db = await getDb();
  const at = now.toISOString().replace("Z", "+00:00");
  const rows = await db.$queryRaw<{ id: string; lastUsedAt: Date | string | null; userId: string; name: string; email: string; role: Role; disabledAt: Date | string | null }[]>`
    SELECT t."id", t."lastUsedAt", u."id" AS "userId", u."name", u."email", CAST(u."role" AS TEXT) AS "role", u."disabledAt"
    FROM "api_token" t JOIN "user" u ON u."id" = t."userId"
    WHERE t."tokenHash" = ${tokenHash} AND t."revokedAt" IS NULL AND (t."expiresAt" IS NULL OR t."expiresAt" > ${at})
    LIMIT 1`;
  const row = rows[0];
  if (!row) return null;
  return {
    id: row.id,
    lastUsedAt: row.lastUsedAt === null ? null : new Date(row.lastUsedAt),
    user: { id: row.userId, name: row.name, email: row.email, role: row.role, disabledAt: row.disabledAt === null ? null : new Date(row.disabledAt) },
  };
}

export async function touchToken(id: string, now: Date) {
  const db = await getDb();
  await db.apiToken.update({ where: { id }, data: { lastUsedAt: now } });
}

export async function findTokensOfUser(userId: string) {
  const db = await getDb();
  return db.apiToken.findMany({ where: { userId }, orderBy: { createdAt: "desc" } });
}

export async function revokeTokenOfUser(id: string, userId: string, now: Date) {
  const db = await getDb();
  return db.apiToken.updateMany({ where: { id, userId, revokedAt: null }, data: { revokedAt: now } });
}

const accountFields = { ...actorFields, version: true, createdAt: true, updatedAt: true } as const;

/** Every account, with when each last had a session (the admin page). */
export async function findAllUsers() {
  const db = await getDb();
  return db.user.findMany({
    orderBy: [{ disabledAt: { sort: "asc", nulls: "first" } }, { name: "asc" }],
    select: { ...accountFields, sessions: { select: { updatedAt: true }, orderBy: { updatedAt: "desc" }, take: 1 } },
  });
}

export async function findAccount(id: string, options: ReadOptions = {}) {
  const db = await readerOf(options);
  return db.user.findUnique({ where: { id }, select: accountFields });
}

export type AccountRow = NonNullable<Awaited<ReturnType<typeof findAccount>>>;

export async function findUserIdByEmail(email: string, options: ReadOptions = {}) {
  const db = await readerOf(options);
  return db.user.findUnique({ where: { email }, select: { id: true } });
}

export async function insertUserWithPassword(tx: Tx, data: { id: string; email: string; name: string; role: Role; passwordHash: string }) {
  await tx.user.create({
    data: {
      id: data.id,
      email: data.email,
      name: data.name,
      role: data.role,
      emailVerified: true,
      accounts: { create: { id: randomUUID(), accountId: data.id, providerId: "credential", password: data.passwordHash } },
    },
  });
  return (await findAccount(data.id, { tx }))!;
}

export async function updateUserAtVersion(tx: Tx, id: string, version: number, data: { name?: string; role?: Role; disabledAt?: Date | null }) {
  const { count } = await tx.user.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } });
  return count === 0 ? null : findAccount(id, { tx });
}

export async function countActiveAdmins(tx: Tx) {
  return tx.user.count({ where: { role: "admin", disabledAt: null } });
}

/**
 * Ends every session of an account and revokes every API token it holds (a disable or a password
 * reset signs the person out everywhere; re-enabling the account does not bring old tokens back).
 */
export async function endSessionsAndTokensOfUser(tx: Tx, userId: string) {
  await tx.session.deleteMany({ where: { userId } });
  await tx.apiToken.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: new Date() } });
}

export async function setCredentialPassword(tx: Tx, userId: string, passwordHash: string) {
  const { count } = await tx.account.updateMany({ where: { userId, providerId: "credential" }, data: { password: passwordHash } });
  return count;
}

/** An account's review preference: whether the claims it records start approved. */
export async function findReviewPreference(userId: string, options: ReadOptions = {}) {
  const db = await readerOf(options);
  return db.user.findUnique({ where: { id: userId }, select: { ownClaimsStartApproved: true } });
}

export async function setOwnClaimsStartApproved(tx: Tx, userId: string, value: boolean) {
  const { count } = await tx.user.updateMany({ where: { id: userId }, data: { ownClaimsStartApproved: value } });
  return count > 0;
}
