/** `npm run db:backup -- FILE` leaves FILE and nothing else beside it (issue 14: FILE.partial-shm and -wal stayed). */
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { backupSqlite } from "../../scripts/db/backup";

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("SQLite backup", () => {
  it("writes one self-contained file from a WAL database, with no -wal or -shm left behind", async () => {
    dir = mkdtempSync(path.join(tmpdir(), "claimboard-backup-"));
    const source = path.join(dir, "live.db");
    const live = new Database(source);
    live.pragma("journal_mode = WAL");
    live.exec("CREATE TABLE t (x TEXT); INSERT INTO t VALUES ('a'), ('b');");
    try {
      const out = path.join(dir, "out", "copy.db");
      const { tables } = await backupSqlite(source, out);
      expect(tables).toEqual({ t: 2 });
      expect(readdirSync(path.dirname(out))).toEqual(["copy.db"]);
      const copy = new Database(out, { readonly: true });
      expect(copy.pragma("journal_mode", { simple: true })).toBe("delete");
      expect(copy.prepare("SELECT COUNT(*) FROM t").pluck().get()).toBe(2);
      copy.close();
      expect(readdirSync(path.dirname(out))).toEqual(["copy.db"]);
    } finally {
      live.close();
    }
  });
});
