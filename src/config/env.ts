/**
 * The environment, checked with zod once at start-up (create-t3-app style): a wrong variable stops
 * the process with one clear line per problem. With nothing set, Claimboard runs on the embedded
 * SQLite file in ./data and keeps its generated secret there.
 */
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { z } from "zod";
import { DEFAULT_DATABASE_URL } from "@/data/database-target";
import { parseAllowHosts } from "@/server/net/outbound-policy";

const optionalString = z
  .string()
  .transform((v) => v.trim())
  .optional()
  .transform((v) => (v === "" ? undefined : v));

const emptyToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

export const EnvSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: optionalString
    .default(DEFAULT_DATABASE_URL)
    .refine((v) => v === undefined || /^(file:.+|postgres(ql)?:\/\/.+)$/.test(v), {
      message: 'must be a SQLite "file:./path.db" URL or a "postgresql://user@host:port/db" URL',
    })
    .transform((v) => v ?? DEFAULT_DATABASE_URL),
  PORT: z.preprocess(
    emptyToUndefined,
    z.coerce
      .number({ message: "must be a port number" })
      .int("must be a whole number")
      .min(1, "must be between 1 and 65535")
      .max(65535, "must be between 1 and 65535")
      .default(3000),
  ),
  // The address `npm start` listens on (next start -H); unset, every interface. HOSTNAME=127.0.0.1
  // keeps the server off the network, e.g. behind a reverse proxy on the same machine.
  HOSTNAME: optionalString.refine((v) => v === undefined || /^(\[[0-9A-Fa-f:.]+\]|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*|[A-Za-z0-9]([A-Za-z0-9.-]{0,252}))$/.test(v), {
    message: 'must be a host name or IP address to listen on, e.g. "127.0.0.1"',
  }),
  DATA_DIR: optionalString.transform((v) => path.resolve(/*turbopackIgnore: true*/ v ?? "data")),
  BETTER_AUTH_SECRET: optionalString.refine((v) => v === undefined || v.length >= 32, {
    message: "must be at least 32 characters (or unset, to use a generated secret kept in DATA_DIR)",
  }),
  APP_URL: optionalString.refine((v) => v === undefined || /^https?:\/\/[^/]+/.test(v), {
    message: 'must be the public origin of the site, e.g. "https://claims.example.org"',
  }),
  DEMO_PASSWORD: optionalString.refine((v) => v === undefined || v.length >= 8, {
    message: "must be at least 8 characters",
  }),
  // host:port entries the server may fetch from although they resolve to private or loopback
  // addresses (src/server/net/outbound-policy.ts); unset, only public addresses.
  FETCH_ALLOW_HOSTS: optionalString.superRefine((v, ctx) => {
    try {
      parseAllowHosts(v);
    } catch (e) {
      ctx.addIssue({ code: "custom", message: (e as Error).message.replace(/^FETCH_ALLOW_HOSTS: /, "") });
    }
  }),
  DATABASE_POOL_SIZE: z.preprocess(
    emptyToUndefined,
    z.coerce.number().int("must be a whole number").min(1, "must be between 1 and 200").max(200, "must be between 1 and 200").default(10),
  ),
  // How often an idle event stream sends a heartbeat comment, so proxies keep it open (issue 16).
  EVENTS_HEARTBEAT_SECONDS: z.preprocess(
    emptyToUndefined,
    z.coerce.number().min(0.1, "must be between 0.1 and 300 seconds").max(300, "must be between 0.1 and 300 seconds").default(15),
  ),
});

export type Env = z.infer<typeof EnvSchema> & { authSecret: string; baseUrl: string; demoPassword: string };

/** The demo accounts' password when DEMO_PASSWORD is not set. For the demo only. */
export const DEFAULT_DEMO_PASSWORD = "claimboard-demo";

export class EnvError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Invalid environment:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "EnvError";
  }
}

export function parseEnv(source: Record<string, string | undefined>): z.infer<typeof EnvSchema> {
  const result = EnvSchema.safeParse(source);
  if (!result.success) {
    throw new EnvError(result.error.issues.map((issue) => `${issue.path.join(".") || "(environment)"}: ${issue.message}`));
  }
  return result.data;
}

/** Reads the secret from DATA_DIR, creating it (owner-only) on first use. */
function persistedSecret(dataDir: string): string {
  const file = path.join(dataDir, "auth-secret");
  if (existsSync(file)) {
    const secret = readFileSync(file, "utf8").trim();
    if (secret.length >= 32) return secret;
  }
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret + "\n", { mode: 0o600 });
  chmodSync(file, 0o600);
  return secret;
}

let cached: Env | undefined;

export function env(): Env {
  if (cached) return cached;
  const parsed = parseEnv(process.env);
  cached = {
    ...parsed,
    authSecret: parsed.BETTER_AUTH_SECRET ?? persistedSecret(parsed.DATA_DIR),
    baseUrl: parsed.APP_URL ?? `http://localhost:${parsed.PORT}`,
    demoPassword: parsed.DEMO_PASSWORD ?? DEFAULT_DEMO_PASSWORD,
  };
  return cached;
}

/** For tests that change process.env. */
export function resetEnvForTests(): void {
  cached = undefined;
}

/** The `next start` arguments that choose where the server listens (PORT, and HOSTNAME when set). */
export function listenArgs(e: Pick<Env, "PORT" | "HOSTNAME">): string[] {
  return ["-p", String(e.PORT), ...(e.HOSTNAME ? ["-H", e.HOSTNAME] : [])];
}
