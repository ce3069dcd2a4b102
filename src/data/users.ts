/** Data access for accounts and API tokens. */
import { getDb } from "./db";

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

export async function findLiveTokenByHash(tokenHash: string, now: Date) {
  const db = await getDb();
  return db.apiToken.findFirst({
    where: { tokenHash, revokedAt: null, OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] },
    select: { id: true, lastUsedAt: true, user: { select: actorFields } },
  });
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
