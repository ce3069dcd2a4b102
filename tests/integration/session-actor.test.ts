/**
 * Who a browser session is (src/server/auth/current-actor.ts): the role and the disabled state come
 * with the session's own read of the user, fresh on every request, so an admin's change takes
 * effect at once without a separate read of the user.
 */
import { describe, expect, it } from "vitest";
import { env } from "@/config/env";
import { getDb } from "@/data/db";
import { getAuth } from "@/server/auth/auth";
import { actorFromHeaders } from "@/server/auth/current-actor";
import { makeUser, TEST_PASSWORD } from "../support/factories";

async function sessionCookie(email: string) {
  const origin = env().baseUrl;
  const res = await (
    await getAuth()
  ).handler(
    new Request(`${origin}/api/auth/sign-in/email`, {
      method: "POST",
      headers: { "content-type": "application/json", origin },
      body: JSON.stringify({ email, password: TEST_PASSWORD }),
    }),
  );
  expect(res.status).toBe(200);
  return res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
}

describe("the actor of a browser session", () => {
  it("follows role changes and disabling at once, and is nobody without a valid cookie", async () => {
    const { user, email } = await makeUser("viewer");
    const headers = new Headers({ cookie: await sessionCookie(email) });
    expect(await actorFromHeaders(headers)).toEqual({ userId: user.id, name: user.name, email, role: "viewer" });

    const db = await getDb();
    await db.user.update({ where: { id: user.id }, data: { role: "editor" } });
    expect((await actorFromHeaders(headers))?.role).toBe("editor");

    // Disabled with the session left in place (as by a direct database change): still refused.
    await db.user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    expect(await actorFromHeaders(headers)).toBeNull();
    await db.user.update({ where: { id: user.id }, data: { disabledAt: null } });
    expect((await actorFromHeaders(headers))?.role).toBe("editor");

    expect(await actorFromHeaders(new Headers({ cookie: "better-auth.session_token=forged.value" }))).toBeNull();
    expect(await actorFromHeaders(new Headers())).toBeNull();
  });
});
