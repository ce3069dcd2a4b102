/** actorFromToken: who a bearer token speaks for, and when it no longer speaks for anyone. */
import { describe, expect, it } from "vitest";
import { getDb } from "@/data/db";
import { actorFromToken, issueApiToken } from "@/domain/tokens/service";
import { makeUser } from "../support/factories";

async function tokenOf(role: "viewer" | "analyst" = "analyst", expiresInDays?: number) {
  const { actor, user } = await makeUser(role);
  const { token, item } = await issueApiToken(actor, { name: "test", ...(expiresInDays && { expiresInDays }) });
  return { token, tokenId: item.id, user };
}

describe("actorFromToken", () => {
  it("answers the owner, and records the token's use", async () => {
    const { token, tokenId, user } = await tokenOf("viewer", 30);
    expect(await actorFromToken(token)).toEqual({ userId: user.id, name: user.name, email: user.email, role: "viewer" });
    const db = await getDb();
    expect((await db.apiToken.findUniqueOrThrow({ where: { id: tokenId } })).lastUsedAt).toBeInstanceOf(Date);
    expect(await actorFromToken(token)).toMatchObject({ userId: user.id });
  });

  it("refuses an unknown, expired or revoked token, and a disabled account's", async () => {
    const db = await getDb();
    expect(await actorFromToken("cb_not-a-token")).toBeNull();

    const expired = await tokenOf();
    await db.apiToken.update({ where: { id: expired.tokenId }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await actorFromToken(expired.token)).toBeNull();
    await db.apiToken.update({ where: { id: expired.tokenId }, data: { expiresAt: new Date(Date.now() + 60_000) } });
    expect(await actorFromToken(expired.token)).not.toBeNull();

    const revoked = await tokenOf();
    await db.apiToken.update({ where: { id: revoked.tokenId }, data: { revokedAt: new Date() } });
    expect(await actorFromToken(revoked.token)).toBeNull();

    const disabled = await tokenOf();
    await db.user.update({ where: { id: disabled.user.id }, data: { disabledAt: new Date() } });
    expect(await actorFromToken(disabled.token)).toBeNull();
  });
});
