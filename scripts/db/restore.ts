/**
 * `npm run db:restore -- FILE`: replaces the SQLite database with a backup taken by db:backup.
 * Refused while the server (or anything else) has the database open: stop the server first. The
 * backup is checked before anything is replaced, and the current database is kept beside it as
 * `<name>.before-restore-<time>`. On PostgreSQL use pg_restore (docs/backups.md).
 */
import { copyFileSync, existsSync, renameSync, rmSync } from "node:fs";
import Database from "better-sqlite3";
import { sqliteCommandTarget } from "./command-target";

export class DatabaseInUseError extends Error {}

/**
 * Whether another connection has the database open. In WAL mode every open connection holds a
 * shared lock, and leaving WAL mode needs the only one: if that fails, someone else is connected.
 */
function assertNotInUse(file: string): void {
  if (!existsSync(file)) return;
  const db = new Database(file, { fileMustExist: true });
  try {
    db.pragma("busy_timeout = 0");
    const mode = db.pragma("journal_mode = DELETE", { simple: true });
    if (mode !== "delete") throw new DatabaseInUseError(`The database ${file} is in use (it stayed in ${String(mode)} mode). Stop the server, then restore.`);
  } catch (error) {
    if (error instanceof DatabaseInUseError) throw error;
    throw new DatabaseInUseError(`The database ${file} is in use (${(error as Error).message}). Stop the server, then restore.`);
  } finally {
    db.close();
  }
}

export async function restoreSqlite(backupFile: string, databaseFile: string): Promise<{ keptAs: string | null }> {
  if (!existsSync(backupFile)) throw new Error(`There is no backup at ${backupFile}.`);
  const backup = new Database(backupFile, { readonly: true, fileMustExist: true });
  try {
    const check = backup.pragma("integrity_check", { simple: true });
    if (check !== "ok") throw new Error(`The backup ${backupFile} fails its integrity check (${String(check)}); nothing was changed.`);
  } catch (error) {
    backup.close();
    throw error;
  }
  assertNotInUse(databaseFile);
  let keptAs: string | null = null;
  if (existsSync(databaseFile)) {
    keptAs = `${databaseFile}.before-restore-${new Date().toISOString().replace(/[:.]/g, "-")}`;
    copyFileSync(databaseFile, keptAs);
  }
  const partial = `${databaseFile}.restoring`;
  rmSync(partial, { force: true });
  try {
    await backup.backup(partial);
  } finally {
    backup.close();
  }
  for (const suffix of ["-wal", "-shm", "-journal"]) rmSync(databaseFile + suffix, { force: true });
  renameSync(partial, databaseFile);
  return { keptAs };
}

async function main() {
  const { file, databaseFile } = sqliteCommandTarget({
    usage: "Usage: npm run db:restore -- FILE   (a file written by npm run db:backup; stop the server first)",
    postgres:
      'DATABASE_URL is a PostgreSQL database: restore it with pg_restore (see docs/backups.md), e.g.\n  pg_restore --clean --if-exists --no-owner --dbname="$DATABASE_URL" claimboard.dump',
  });
  const { keptAs } = await restoreSqlite(file, databaseFile);
  console.log(`Restored ${databaseFile} from ${file}.${keptAs ? ` The previous database is kept as ${keptAs}.` : ""}`);
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error instanceof DatabaseInUseError ? error.message : `The restore failed: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  });
}
