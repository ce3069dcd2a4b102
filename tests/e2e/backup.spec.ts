/**
 * Online backup and restore of SQLite (npm run db:backup / db:restore): a backup taken while the
 * server runs and writes are in flight is consistent (integrity ok) and holds every write that was
 * acknowledged before it started; restore is refused while the server has the database open, and
 * after the server stops it brings that state back, which the restarted server then serves.
 */
import { execFile } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import Database from "better-sqlite3";
import { expect, test } from "@playwright/test";
import { exited, freePort, killGroup, startServer, waitUntilUp } from "../../scripts/lib/server-process";

const run = promisify(execFile);
test.describe.configure({ timeout: 240_000 });

test("a backup taken under write load is consistent and complete; restore refuses a running server, then brings it back", async () => {
  const dir = path.resolve("tmp", `backup-${process.pid}-${Date.now()}`);
  mkdirSync(dir, { recursive: true });
  const dbFile = path.join(dir, "live.db");
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const env = { PORT: String(port), DATABASE_URL: `file:${dbFile}`, DATA_DIR: dir, APP_URL: base };
  const cli = (script: string, file: string) =>
    run(path.resolve("node_modules/.bin/tsx"), [`scripts/db/${script}.ts`, file], { env: { ...process.env, DATABASE_URL: `file:${dbFile}` } });
  const log: string[] = [];
  let server = startServer(env, log);
  try {
    await waitUntilUp(base, server, log);
    const t = await fetch(`${base}/api/v1/tokens`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: "editor@claimboard.local", password: "claimboard-demo" }),
    });
    const { token } = (await t.json()) as { token: string };
    const headers = { authorization: `Bearer ${token}`, "content-type": "application/json" };
    const create = async (title: string) => {
      const r = await fetch(`${base}/api/v1/stories`, { method: "POST", headers, body: JSON.stringify({ title }) });
      expect(r.status).toBe(201);
      return ((await r.json()) as { id: string }).id;
    };
    const before: string[] = [];
    for (let i = 0; i < 20; i++) before.push(await create(`before-backup-${i}`));

    // Writes keep coming while the backup runs.
    let writing = true;
    const during: string[] = [];
    const writers = Array.from({ length: 4 }, async (_, w) => {
      for (let i = 0; writing; i++) during.push(await create(`during-backup-${w}-${i}`));
    });
    const backupFile = path.join(dir, "backups", "claimboard.db");
    const out = await cli("backup", backupFile);
    writing = false;
    await Promise.all(writers);
    expect(out.stdout).toMatch(/integrity ok/);
    expect(during.length).toBeGreaterThan(0);

    const copy = new Database(backupFile, { readonly: true });
    const titles = new Set(copy.prepare("SELECT title FROM story").pluck().all() as string[]);
    expect(copy.pragma("integrity_check", { simple: true })).toBe("ok");
    expect(copy.pragma("foreign_key_check")).toEqual([]);
    // No half-written rows: every story has its audit entry.
    expect(
      copy
        .prepare(`SELECT COUNT(*) FROM story s WHERE NOT EXISTS (SELECT 1 FROM audit_entry e WHERE e."entityId" = s.id) AND s.title LIKE '%-backup-%'`)
        .pluck()
        .get(),
    ).toBe(0);
    copy.close();
    for (let i = 0; i < 20; i++) expect(titles.has(`before-backup-${i}`)).toBe(true);
    const afterBackup = await create("after-backup");

    // Refused while the server is running, and the live database is untouched.
    const refused = await cli("restore", backupFile).then(
      () => null,
      (e: { stderr: string }) => e.stderr,
    );
    expect(refused).toMatch(/in use.*Stop the server/);
    expect((await fetch(`${base}/api/v1/stories/${afterBackup}`, { headers })).status).toBe(200);

    killGroup(server, "SIGTERM");
    await exited(server);
    const restored = await cli("restore", backupFile);
    expect(restored.stdout).toMatch(/Restored .* previous database is kept as/);

    server = startServer(env, log);
    await waitUntilUp(base, server, log);
    for (const id of before) expect((await fetch(`${base}/api/v1/stories/${id}`, { headers })).status).toBe(200);
    // The story written after the backup is gone again: the restore brought back the backup's state.
    expect((await fetch(`${base}/api/v1/stories/${afterBackup}`, { headers })).status).toBe(404);
  } finally {
    killGroup(server, "SIGTERM");
    await Promise.race([exited(server), new Promise((r) => setTimeout(r, 5000))]);
    killGroup(server, "SIGKILL");
    rmSync(dir, { recursive: true, force: true });
  }
});
