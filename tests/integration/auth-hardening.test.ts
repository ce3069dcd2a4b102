/** Issue 14, findings 2, 3 and 5: the token endpoint's throttle, revocation on reset, better-auth's endpoints. */
import { afterEach, describe, expect, it } from "vitest";
import { getDb } from "@/data/db";
import { ACCOUNT_SIGN_IN_LIMIT, accountAttemptOverLimit } from "@/server/auth/account-throttle";
import { allowedAuthEndpoint } from "@/server/auth/allowed-endpoints";
import { GET as authGet, POST as authPost } from "../../app/api/auth/[...all]/route";
import { PUT as setPassword } from "../../app/api/v1/users/[id]/password/route";
import { GET as stories } from "../../app/api/v1/stories/route";
import { POST as createToken } from "../../app/api/v1/tokens/route";
import { call, tokenFor } from "../support/api";
import { makeUser, TEST_PASSWORD } from "../support/factories";

afterEach(() => {
  delete process.env.CLAIMBOARD_THROTTLE;
});

describe("POST /api/v1/tokens is throttled with sign-in (finding 2)", () => {
  it("answers 429 after the account's limit of wrong passwords, and then also for the right one", async () => {
    process.env.CLAIMBOARD_THROTTLE = "1";
    const { email } = await makeUser("analyst");
    const statuses: number[] = [];
    for (let i = 0; i < ACCOUNT_SIGN_IN_LIMIT + 2; i++) {
      statuses.push((await call(createToken, "/api/v1/tokens", { body: { email, password: `wrong password ${i}` } })).status);
    }
    expect(statuses.slice(0, ACCOUNT_SIGN_IN_LIMIT).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(ACCOUNT_SIGN_IN_LIMIT)).toEqual([429, 429]);
    const right = await call(createToken, "/api/v1/tokens", { body: { email, password: TEST_PASSWORD } });
    expect(right.status).toBe(429);
    expect(right.body!.error).toMatchObject({ code: "rate_limited", message: expect.stringContaining("Too many sign-in attempts") });
  });

  it("refuses a token to an account locked out of sign-in", async () => {
    process.env.CLAIMBOARD_THROTTLE = "1";
    const { email } = await makeUser("viewer");
    // Sign-in's own counter (what better-auth's hook counts for /sign-in/email) runs over the limit.
    for (let i = 0; i <= ACCOUNT_SIGN_IN_LIMIT; i++) await accountAttemptOverLimit(email);
    expect((await call(createToken, "/api/v1/tokens", { body: { email, password: TEST_PASSWORD } })).status).toBe(429);
  });

  it("limits one address across accounts", async () => {
    process.env.CLAIMBOARD_THROTTLE = "1";
    const address = `198.51.100.${Math.floor(Math.random() * 250)}`;
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) {
      const body = { email: `guess-${i}-${Math.random().toString(36).slice(2)}@test.local`, password: "wrong password" };
      statuses.push((await call(createToken, "/api/v1/tokens", { body, headers: { "x-forwarded-for": address } })).status);
    }
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(10)).toEqual([429, 429]);
  });
});

describe("a password reset revokes sessions and tokens (finding 3)", () => {
  it("the account's old token stops working after the reset", async () => {
    const admin = await tokenFor("admin");
    const { email, user } = await makeUser("analyst");
    const issued = await call(createToken, "/api/v1/tokens", { body: { email, password: TEST_PASSWORD } });
    const token = issued.body!.token as string;
    expect((await call(stories, "/api/v1/stories", { token })).status).toBe(200);
    const db = await getDb();
    await db.session.create({
      data: {
        id: `s-${user.id}`,
        token: `t-${user.id}`,
        userId: user.id,
        expiresAt: new Date(Date.now() + 86_400_000),
        createdAt: new Date(),
        updatedAt: new Date(),
      },
    });
    const reset = await call(setPassword, `/api/v1/users/${user.id}/password`, {
      token: admin.token,
      method: "PUT",
      params: { id: user.id },
      body: { password: "a brand new password" },
    });
    expect(reset.status).toBe(204);
    expect((await call(stories, "/api/v1/stories", { token })).status).toBe(401);
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);
    expect(await db.apiToken.count({ where: { userId: user.id, revokedAt: null } })).toBe(0);
  });
});

describe("better-auth's default endpoints (finding 5)", () => {
  const origin = "http://localhost:3000";
  it("allows only sign-in, sign-out and the session", () => {
    expect(allowedAuthEndpoint("POST", "/api/auth/sign-in/email")).toBe(true);
    expect(allowedAuthEndpoint("POST", "/api/auth/sign-out")).toBe(true);
    expect(allowedAuthEndpoint("GET", "/api/auth/get-session")).toBe(true);
    for (const [method, path] of [
      ["POST", "/api/auth/update-user"],
      ["GET", "/api/auth/list-sessions"],
      ["POST", "/api/auth/change-email"],
      ["POST", "/api/auth/change-password"],
      ["POST", "/api/auth/delete-user"],
      ["POST", "/api/auth/revoke-sessions"],
      ["POST", "/api/auth/sign-up/email"],
      ["GET", "/api/auth/sign-in/email"],
      ["POST", "/api/auth/request-password-reset"],
    ] as const) {
      expect(allowedAuthEndpoint(method, path), `${method} ${path}`).toBe(false);
    }
  });

  it("answers 404 in the error shape for update-user and list-sessions, storing nothing", async () => {
    const { user } = await makeUser("viewer");
    const db = await getDb();
    const rename = await authPost(
      new Request(`${origin}/api/auth/update-user`, {
        method: "POST",
        headers: { "content-type": "application/json", origin },
        body: JSON.stringify({ name: "Edith Editor" }),
      }),
    );
    expect(rename.status).toBe(404);
    const body = (await rename.json()) as { error: { code: string; requestId: string } };
    expect(body.error).toMatchObject({ code: "not_found", requestId: expect.any(String) });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).name).not.toBe("Edith Editor");
    const sessions = await authGet(new Request(`${origin}/api/auth/list-sessions`));
    expect(sessions.status).toBe(404);
    expect(await sessions.text()).not.toMatch(/"token"/);
  });

  it("still serves the session endpoint", async () => {
    const res = await authGet(new Request(`${origin}/api/auth/get-session`));
    expect(res.status).toBe(200);
  });
});
