import { mkdirSync } from "node:fs";
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import type { DatabaseTarget } from "./database-target";

/** The Prisma driver adapter for a database target (used by the app and by the Prisma CLI). */
export function createAdapterFactory(target: DatabaseTarget, poolSize = 10) {
  if (target.provider === "postgresql") {
    return new PrismaPg({ connectionString: target.url, max: poolSize });
  }
  mkdirSync(path.dirname(target.filePath), { recursive: true });
  return new PrismaBetterSQLite3({ url: `file:${target.filePath}` });
}
