/**
 * Authentication with better-auth (docs/decisions/0003): email and password, sessions in the
 * database through its Prisma adapter, HTTP-only SameSite cookies, throttled sign-in. Accounts are
 * created by admins (and the demo seed), never by self sign-up.
 */
import "server-only";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import { env } from "@/config/env";
import { dbProvider, getDb, type Db } from "@/data/db";
import { accountThrottle } from "./account-throttle";

export interface AuthOptions {
  baseUrl: string;
  /** Throttling is on in production; tests switch it on explicitly. */
  throttle: boolean;
}

export function createAuth(db: Db, options?: Partial<AuthOptions>) {
  const e = env();
  const baseUrl = options?.baseUrl ?? e.baseUrl;
  const throttle = options?.throttle ?? e.NODE_ENV === "production";
  const loopbackOrigins = [`http://localhost:${e.PORT}`, `http://127.0.0.1:${e.PORT}`];
  return betterAuth({
    appName: "Claimboard",
    secret: e.authSecret,
    baseURL: baseUrl,
    trustedOrigins: [...new Set([baseUrl, ...loopbackOrigins])],
    database: prismaAdapter(db, { provider: dbProvider() }),
    emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: 8, autoSignIn: false },
    user: {
      additionalFields: {
        role: { type: "string", required: false, defaultValue: "viewer", input: false },
        // Read with the session (fresh from the database on every request: there is no cookie
        // cache), so a page needs no second read of the user to know whether they were disabled.
        disabledAt: { type: "date", required: false, input: false },
      },
    },
    session: { expiresIn: 60 * 60 * 24 * 7, updateAge: 60 * 60 * 24 },
    rateLimit: {
      enabled: throttle,
      storage: "database",
      modelName: "rateLimit",
      window: 60,
      max: 200,
      customRules: { "/sign-in/email": { window: 60, max: 10 } },
    },
    databaseHooks: {
      session: {
        create: {
          // A disabled account cannot start a session.
          async before(session) {
            const user = await db.user.findUnique({ where: { id: session.userId }, select: { disabledAt: true } });
            if (!user || user.disabledAt) return false;
            return { data: session };
          },
        },
      },
    },
    ...(throttle && { hooks: { before: accountThrottle } }),
    // Cookies are HTTP-only and SameSite=Lax always, and Secure whenever the site is served over
    // HTTPS (docs/decisions/0003); better-auth derives the last from the base URL, stated here.
    advanced: { useSecureCookies: baseUrl.startsWith("https://"), defaultCookieAttributes: { httpOnly: true, sameSite: "lax" } },
    telemetry: { enabled: false },
    plugins: [nextCookies()],
  });
}

export type Auth = ReturnType<typeof createAuth>;

const globalForAuth = globalThis as unknown as { claimboardAuth?: Promise<Auth> };

export function getAuth(): Promise<Auth> {
  globalForAuth.claimboardAuth ??= getDb().then(createAuth);
  return globalForAuth.claimboardAuth;
}
