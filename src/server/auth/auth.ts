/**
 * Authentication with better-auth (docs/decisions/0003): email and password, sessions in the
 * database through its Prisma adapter, HTTP-only SameSite cookies, throttled sign-in. Accounts are
 * created by admins (and the demo seed), never by self sign-up.
 */
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import { env } from "@/config/env";
import { dbProvider, getDb, type Db } from "@/data/db";

function createAuth(db: Db) {
  const e = env();
  const loopbackOrigins = [`http://localhost:${e.PORT}`, `http://127.0.0.1:${e.PORT}`];
  return betterAuth({
    appName: "Claimboard",
    secret: e.authSecret,
    baseURL: e.baseUrl,
    trustedOrigins: [...new Set([e.baseUrl, ...loopbackOrigins])],
    database: prismaAdapter(db, { provider: dbProvider() }),
    emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: 8, autoSignIn: false },
    user: {
      additionalFields: {
        role: { type: "string", required: false, defaultValue: "viewer", input: false },
      },
    },
    session: { expiresIn: 60 * 60 * 24 * 7, updateAge: 60 * 60 * 24 },
    rateLimit: {
      enabled: e.NODE_ENV === "production",
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
