import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { databaseTarget } from "../../src/data/database-target";

/** `prisma migrate deploy` for DATABASE_URL's provider (the config picks its schema and migrations). */
export function applyMigrations(databaseUrl = process.env.DATABASE_URL): void {
  const target = databaseTarget(databaseUrl);
  if (target.provider === "sqlite") mkdirSync(path.dirname(target.filePath), { recursive: true });
  execFileSync(path.join("node_modules", ".bin", "prisma"), ["migrate", "deploy"], {
    stdio: ["ignore", "pipe", "inherit"],
    env: { ...process.env, DATABASE_URL: target.url, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
  });
}
