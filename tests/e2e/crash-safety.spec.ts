/**
 * Crash safety (scripts/crash/crash-check.ts): the built server is SIGKILLed in the middle of a
 * burst of concurrent writes and restarted on the same database; every acknowledged write must be
 * there, nothing half-written, and SQLite's integrity check must pass. Once on SQLite, once on a
 * throwaway PostgreSQL server (scripts/pg/throwaway.sh). Each run starts servers of its own on free
 * ports, beside the one the other browser tests use.
 */
import { expect, test } from "@playwright/test";
import { runCrashCheck } from "../../scripts/crash/crash-check";
import { freePort } from "../../scripts/lib/server-process";
import { startThrowawayPostgres } from "../../scripts/lib/throwaway-postgres";

test.describe.configure({ timeout: 300_000 });

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
  const pg = startThrowawayPostgres(port, "pg-crash");
  try {
    const report = await runCrashCheck({ databaseUrl: pg.url });
    console.log(`crash check ${JSON.stringify(report)}`);
    expect(report.acknowledged).toBeGreaterThanOrEqual(40);
    expect(report.missing).toEqual([]);
    expect(report.halfWritten).toEqual([]);
  } finally {
    pg.stop();
  }
});
