/**
 * The data model has one source (prisma/model.prisma). This fails when a provider's schema.prisma
 * was edited by hand or not regenerated, when the migration history of the provider under test
 * does not produce the schema the model describes, or when SQLite's CHECK constraints no longer
 * list exactly the model's enum values.
 */
import { execFileSync } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { providers, schemaPath } from "../../scripts/db/providers";
import { renderSchema } from "../../scripts/db/render-schema";
import { databaseTarget } from "@/data/database-target";
import { enumColumns, modelEnums } from "../support/model-enums";
import { pgSnapshot, sqliteSnapshot } from "../support/schema-snapshot";

const target = databaseTarget(process.env.DATABASE_URL);

function schemaScriptFromModel(): string {
  return execFileSync(
    path.join("node_modules", ".bin", "prisma"),
    ["migrate", "diff", "--from-empty", "--to-schema-datamodel", schemaPath(target.provider), "--script"],
    { encoding: "utf8", env: { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: "1" }, stdio: ["ignore", "pipe", "pipe"] },
  );
}

describe("schema drift", () => {
  it.each(providers)("prisma/%s/schema.prisma is generated from the model", (provider) => {
    expect(readFileSync(schemaPath(provider), "utf8")).toBe(renderSchema(provider).text);
  });

  it.each(providers)("the %s migration history is locked to its provider", (provider) => {
    expect(readFileSync(`prisma/${provider}/migrations/migration_lock.toml`, "utf8")).toContain(`provider = "${provider}"`);
  });

  it(`the ${target.provider} migrations build exactly the schema the model describes`, async () => {
    const script = schemaScriptFromModel();
    if (target.provider === "sqlite") {
      const fromModelPath = `${target.filePath}.from-model.db`;
      rmSync(fromModelPath, { force: true });
      const fromModel = new Database(fromModelPath);
      fromModel.exec(script);
      const migrated = new Database(target.filePath, { readonly: true });
      expect(sqliteSnapshot(migrated)).toEqual(sqliteSnapshot(fromModel));
      migrated.close();
      fromModel.close();
      rmSync(fromModelPath, { force: true });
    } else {
      const admin = new pg.Client({ connectionString: target.url });
      await admin.connect();
      const name = `drift_${process.pid}`;
      await admin.query(`DROP DATABASE IF EXISTS ${name}`);
      await admin.query(`CREATE DATABASE ${name}`);
      const url = new URL(target.url);
      url.pathname = `/${name}`;
      const fromModel = new pg.Client({ connectionString: url.toString() });
      await fromModel.connect();
      try {
        await fromModel.query(script);
        expect(await pgSnapshot(admin)).toEqual(await pgSnapshot(fromModel));
      } finally {
        await fromModel.end();
        await admin.query(`DROP DATABASE IF EXISTS ${name}`);
        await admin.end();
      }
    }
  });

  it.runIf(target.provider === "sqlite")("SQLite CHECK constraints list exactly the model's enum values", () => {
    const db = new Database(target.provider === "sqlite" ? target.filePath : "", { readonly: true });
    const enums = modelEnums();
    const columns = enumColumns();
    expect(columns.length).toBeGreaterThanOrEqual(6);
    for (const { table, column, enumName } of columns) {
      const row = db.prepare("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?").get(table) as { sql: string };
      const values = enums
        .get(enumName)!
        .map((v) => `'${v}'`)
        .join(", ");
      expect(row.sql, `${table}.${column}`).toContain(`CHECK ("${column}" IN (${values}))`);
    }
    db.close();
  });
});
