/**
 * `npm run db:backup -- FILE`: a consistent copy of the SQLite database taken while the server runs,
 * with SQLite's online backup API (better-sqlite3's db.backup()), not a file copy: the copy is one
 * snapshot even while writes go on, and it includes what is still in the write-ahead log. The copy
 * is checked with `PRAGMA integrity_check` before the command reports success.
 * On PostgreSQL use pg_dump (docs/backups.md).
 */
import { existsSync, mkdirSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { sqliteCommandTarget } from "./command-target";

export async function backupSqlite(sourceFile: string, destination: string): Promise<{ pages: number; tables: Record<string, number> }> {
  if (!existsSync(sourceFile)) throw new Error(`There is no database at ${sourceFile}.`);
  mkdirSync(path.dirname(destination), { recursive: true });
  // Written beside the destination and renamed at the end, so a failed backup never leaves a partial file under its name.
  const partial = `${destination}.partial`;
  rmSync(partial, { force: true });
  const source = new Database(sourceFile, { readonly: true, fileMustExist: true });
  try {
    source.pragma("busy_timeout = 5000");
    let pages = 0;
    await source.backup(partial, {
      // After the first step, copy all that remains in one step: a step holds a read snapshot, and
      // writers restart a backup only between steps.
      progress: ({ totalPages, remainingPages }) => {
        pages = totalPages;
        return Math.max(remainingPages, 100);
      },
    });
    // The copy inherits the source's WAL mode, and opening a WAL database makes FILE.partial-wal
    // and FILE.partial-shm, which the rename left behind (issue 14). A backup is one file: switch
    // the copy to a rollback journal first, which removes both when the copy closes.
    const copy = new Database(partial);
    try {
      copy.pragma("journal_mode = DELETE");
      const check = copy.pragma("integrity_check", { simple: true });
      if (check !== "ok") throw new Error(`The backup failed its integrity check: ${String(check)}`);
      const names = copy.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[];
      const tables = Object.fromEntries(names.map((n) => [n, Number(copy.prepare(`SELECT COUNT(*) FROM "${n}"`).pluck().get())]));
      copy.close();
      renameSync(partial, destination);
      return { pages, tables };
    } finally {
      if (copy.open) copy.close();
    }
  } finally {
    source.close();
    for (const file of [partial, `${partial}-wal`, `${partial}-shm`, `${partial}-journal`]) rmSync(file, { force: true });
  }
}

async function main() {
  const { file: destination, databaseFile } = sqliteCommandTarget({
    usage: "Usage: npm run db:backup -- FILE   (for example backups/claimboard-$(date +%F).db)",
    postgres:
      'DATABASE_URL is a PostgreSQL database: back it up with pg_dump (see docs/backups.md), e.g.\n  pg_dump --format=custom --file=claimboard.dump "$DATABASE_URL"',
  });
  const started = Date.now();
  const { pages, tables } = await backupSqlite(databaseFile, destination);
  console.log(`Backed up ${databaseFile} to ${destination}: ${pages} pages in ${Date.now() - started} ms, integrity ok.`);
  console.log(
    Object.entries(tables)
      .map(([t, n]) => `  ${t}: ${n}`)
      .join("\n"),
  );
}

if (require.main === module) {
  main().catch((error) => {
    console.error("The backup failed:", error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
