/**
 * The session cookie's flags, and throttling of repeated sign-ins (429), checked on real
 * better-auth instances built the way the app builds its own (src/server/auth/auth.ts).
 */
import { describe, expect, it } from "vitest";
import { getDb } from "@/data/db";
import { ACCOUNT_SIGN_IN_LIMIT } from "@/server/auth/account-throttle";
import { createAuth } from "@/server/auth/auth";
import { makeUser, TEST_PASSWORD } from "../support/factories";

function signIn(auth: ReturnType<typeof createAuth>, origin: string, email: string, password: string, ip = "203.0.113.7") {
  return auth.handler(
    new Request(`${origin}/api/auth/sign-in/email`, {
      method: "POST",
      headers: { "content-type": "application/json", origin, "x-forwarded-for": ip },
      body: JSON.stringify({ email, password }),
    }),
  );
}

describe("session cookies", () => {
  it("are HttpOnly and SameSite=Lax, and Secure when the site is served over HTTPS", async () => {
    const { email } = await makeUser("viewer");
    const db = await getDb();
    const https = createAuth(db, { baseUrl: "https://news.example.org", throttle: false });
    const res = await signIn(https, "https://news.example.org", email, TEST_PASSWORD);
    expect(res.status).toBe(200);
    const cookie = res.headers.getSetCookie().find((c) => c.includes("session_token"))!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).toMatch(/;\s*Secure/i);
    expect(cookie).toMatch(/^__Secure-/);

    const http = createAuth(db, { baseUrl: "http://localhost:3000", throttle: false });
    const local = await signIn(http, "http://localhost:3000", email, TEST_PASSWORD);
    const plain = local.headers.getSetCookie().find((c) => c.includes("session_token"))!;
    expect(plain).toMatch(/HttpOnly/i);
    expect(plain).toMatch(/SameSite=Lax/i);
    expect(plain).not.toMatch(/;\s*Secure/i);
  });
});

describe("sign-in throttling", () => {
  it("answers 429 after repeated attempts on one account, even from changing addresses", async () => {
    const { email } = await makeUser("viewer");
    const auth = createAuth(await getDb(), { baseUrl: "http://localhost:3000", throttle: true });
    const statuses: number[] = [];
    for (let i = 0; i < ACCOUNT_SIGN_IN_LIMIT + 2; i++) {
      // A new forged X-Forwarded-For each time: the per-IP limit alone would not stop this.
      statuses.push((await signIn(auth, "http://localhost:3000", email, "wrong password", `198.51.100.${i + 1}`)).status);
    }
    expect(statuses.slice(0, ACCOUNT_SIGN_IN_LIMIT)).toEqual(Array(ACCOUNT_SIGN_IN_LIMIT).fill(401));
    expect(statuses.slice(ACCOUNT_SIGN_IN_LIMIT)).toEqual([429, 429]);
    // The right password is refused too while the window lasts, so the limit cannot be probed.
    const right = await signIn(auth, "http://localhost:3000", email, TEST_PASSWORD, "198.51.100.99");
    expect(right.status).toBe(429);
    expect(await right.json()).toMatchObject({ message: expect.stringMatching(/Too many sign-in attempts/) });
  });

  it("answers 429 after repeated attempts from one address, across accounts", async () => {
    const auth = createAuth(await getDb(), { baseUrl: "http://localhost:3000", throttle: true });
    const ip = `192.0.2.${Math.floor(Math.random() * 200) + 20}`;
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) statuses.push((await signIn(auth, "http://localhost:3000", `nobody-${i}-${ip}@test.local`, "wrong password", ip)).status);
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(10)).toEqual([429, 429]);
  });
});
