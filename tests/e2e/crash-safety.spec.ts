/**
 * Crash safety (scripts/crash/crash-check.ts): the built server is SIGKILLed in the middle of a
 * burst of concurrent writes and restarted on the same database; every acknowledged write must be
 * there, nothing half-written, and SQLite's integrity check must pass. Once on SQLite, once on a
 * throwaway PostgreSQL server (scripts/pg/throwaway.sh). Each run starts servers of its own on free
 * ports, beside the one the other browser tests use.
 */
import { execFileSync } from "node:child_process";
import { createServer } from "node:net";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { runCrashCheck } from "../../scripts/crash/crash-check";

test.describe.configure({ timeout: 300_000 });

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

test("SQLite: every acknowledged write survives a SIGKILL mid-burst, nothing half-written, integrity ok", async () => {
  const report = await runCrashCheck();
  console.log(`crash check ${JSON.stringify(report)}`);
  expect(report.acknowledged).toBeGreaterThanOrEqual(40);
  expect(report.missing).toEqual([]);
  expect(report.halfWritten).toEqual([]);
  expect(report.integrity).toBe("integrity_check: ok; foreign_key_check: 0 problems");
});

test("PostgreSQL: every acknowledged write survives a SIGKILL of the app mid-burst, nothing half-written", async () => {
  const port = await freePort();
  const dir = process.getuid?.() === 0 ? `/tmp/claimboard-pg-crash-${port}/data` : path.resolve("tmp", `pg-crash-${port}`);
  if (process.getuid?.() === 0) execFileSync("bash", ["-c", `mkdir -p "$(dirname '${dir}')" && chmod 755 "$(dirname '${dir}')"`]);
  const url = execFileSync("scripts/pg/throwaway.sh", ["start", dir, String(port)], { encoding: "utf8" }).trim();
  try {
    const report = await runCrashCheck({ databaseUrl: url });
    console.log(`crash check ${JSON.stringify(report)}`);
    expect(report.acknowledged).toBeGreaterThanOrEqual(40);
    expect(report.missing).toEqual([]);
    expect(report.halfWritten).toEqual([]);
  } finally {
    execFileSync("scripts/pg/throwaway.sh", ["stop", dir]);
  }
});
