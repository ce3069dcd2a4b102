import { describe, expect, it } from "vitest";
import { getDb } from "@/data/db";
import { digestToken } from "@/domain/tokens/service";
import { GET as listStories } from "../../app/api/v1/stories/route";
import { GET as listTokens, POST as createToken } from "../../app/api/v1/tokens/route";
import { DELETE as revokeToken } from "../../app/api/v1/tokens/[id]/route";
import { call } from "../support/api";
import { makeUser, TEST_PASSWORD } from "../support/factories";

describe("POST /api/v1/tokens", () => {
  it("exchanges email and password for a token that authenticates API calls", async () => {
    const { email, user } = await makeUser("analyst");
    const res = await call(createToken, "/api/v1/tokens", { body: { email: email.toUpperCase(), password: TEST_PASSWORD } });
    expect(res.status).toBe(201);
    expect(res.body!.token).toMatch(/^cb_[\w-]{43}$/);
    expect((await call(listStories, "/api/v1/stories", { token: res.body!.token })).status).toBe(200);

    // Only a digest is stored.
    const db = await getDb();
    const stored = await db.apiToken.findFirstOrThrow({ where: { userId: user.id } });
    expect(stored.tokenHash).toBe(digestToken(res.body!.token));
    expect(JSON.stringify(stored)).not.toContain(res.body!.token);
  });

  it("refuses a wrong password or unknown email with the same 401", async () => {
    const { email } = await makeUser("viewer");
    const wrong = await call(createToken, "/api/v1/tokens", { body: { email, password: "not the password" } });
    const unknown = await call(createToken, "/api/v1/tokens", { body: { email: "nobody@test.local", password: "whatever1" } });
    for (const res of [wrong, unknown]) {
      expect(res.status).toBe(401);
      expect(res.body!.error).toMatchObject({ code: "unauthenticated", message: "The email or password is wrong." });
    }
  });

  it("names each invalid field, and refuses bodies that are not JSON", async () => {
    const res = await call(createToken, "/api/v1/tokens", { body: { email: "not-an-email", extra: 1 } });
    expect(res.status).toBe(400);
    expect(res.body!.error.details).toEqual(
      expect.arrayContaining([
        { path: "email", message: "must be an email address" },
        { path: "password", message: "is required" },
        expect.objectContaining({ path: "(body)", message: expect.stringContaining('"extra"') }),
      ]),
    );
    const notJson = await call(createToken, "/api/v1/tokens", { rawBody: "{email:" });
    expect(notJson.status).toBe(400);
    expect(notJson.body!.error.message).toBe("The body is not valid JSON.");
    const wrongType = await call(createToken, "/api/v1/tokens", { rawBody: "{}", headers: { "content-type": "text/plain" } });
    expect(wrongType.status).toBe(400);
    const huge = await call(createToken, "/api/v1/tokens", { rawBody: JSON.stringify({ email: "a@b.c", password: "x".repeat(3 * 1024 * 1024) }) });
    expect(huge.status).toBe(413);
  });

  it("refuses a disabled account", async () => {
    const { email, user } = await makeUser("editor");
    const db = await getDb();
    await db.user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    const res = await call(createToken, "/api/v1/tokens", { body: { email, password: TEST_PASSWORD } });
    expect(res.status).toBe(403);
  });

  it("lists the owner's tokens without their values, and revokes them", async () => {
    const { email } = await makeUser("editor");
    const created = await call(createToken, "/api/v1/tokens", { body: { email, password: TEST_PASSWORD, name: "Script" } });
    const token = created.body!.token as string;
    const listed = await call(listTokens, "/api/v1/tokens", { token });
    expect(listed.body!.items).toEqual([expect.objectContaining({ id: created.body!.id, name: "Script", lastFour: token.slice(-4), revokedAt: null })]);
    expect(JSON.stringify(listed.body)).not.toContain(token);

    const other = await makeUser("editor");
    const otherToken = (await call(createToken, "/api/v1/tokens", { body: { email: other.email, password: TEST_PASSWORD } })).body!.token;
    const notYours = await call(revokeToken, `/api/v1/tokens/${created.body!.id}`, { method: "DELETE", token: otherToken, params: { id: created.body!.id } });
    expect(notYours.status).toBe(404);

    const revoked = await call(revokeToken, `/api/v1/tokens/${created.body!.id}`, { method: "DELETE", token, params: { id: created.body!.id } });
    expect(revoked.status).toBe(204);
    expect((await call(listStories, "/api/v1/stories", { token })).status).toBe(401);
  });
});
