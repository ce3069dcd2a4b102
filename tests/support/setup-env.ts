import { inject } from "vitest";

// Every test worker talks to the database the global setup prepared.
process.env.DATABASE_URL = inject("databaseUrl");
process.env.DATA_DIR = inject("dataDir");
process.env.BETTER_AUTH_SECRET ??= "test-secret-test-secret-test-secret-0123";
(process.env as Record<string, string>).NODE_ENV = "test";
