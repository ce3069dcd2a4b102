/**
 * Vitest global setup: one fresh, fully migrated database for the run. SQLite by default (a new
 * file under tmp/); PostgreSQL when TEST_DATABASE_URL is a postgresql:// URL (scripts/test/with-postgres.sh
 * starts a throwaway server and sets it), whose public schema is emptied first.
 */
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { applyMigrations } from "../../scripts/db/apply-migrations";
import { resetPostgres } from "./reset-postgres";

export default async function setup(project: TestProject) {
  const pgUrl = process.env.TEST_DATABASE_URL;
  let databaseUrl: string;
  if (pgUrl && /^postgres(ql)?:\/\//.test(pgUrl)) {
    await resetPostgres(pgUrl);
    databaseUrl = pgUrl;
  } else {
    const dir = path.resolve("tmp", `vitest-${process.pid}`);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    databaseUrl = `file:${path.join(dir, "test.db")}`;
  }
  applyMigrations(databaseUrl);
  project.provide("databaseUrl", databaseUrl);
  project.provide("dataDir", path.resolve("tmp", `vitest-${process.pid}`));
}

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    dataDir: string;
  }
}
