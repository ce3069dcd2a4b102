/** Comparable descriptions of a database schema: tables, columns, keys, indexes, enum types. */
import type Database from "better-sqlite3";
import type pg from "pg";

export function sqliteSnapshot(db: Database.Database) {
  const tables = (
    db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '_prisma_migrations' ORDER BY name").all() as {
      name: string;
    }[]
  ).map((t) => t.name);
  return tables.map((table) => ({
    table,
    columns: db.prepare(`PRAGMA table_info("${table}")`).all(),
    foreignKeys: (db.prepare(`PRAGMA foreign_key_list("${table}")`).all() as Record<string, unknown>[])
      .map((fk) => ({ table: fk.table, from: fk.from, to: fk.to, on_update: fk.on_update, on_delete: fk.on_delete }))
      .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
    indexes: (db.prepare(`PRAGMA index_list("${table}")`).all() as { name: string; unique: number; origin: string }[])
      .map((ix) => ({
        name: ix.name,
        unique: ix.unique,
        columns: (db.prepare(`PRAGMA index_info("${ix.name}")`).all() as { name: string }[]).map((c) => c.name),
      }))
      .sort((a, b) => a.name.localeCompare(b.name)),
  }));
}

export async function pgSnapshot(client: pg.Client) {
  const q = async (sql: string) => (await client.query(sql)).rows;
  return {
    columns: await q(`SELECT table_name, column_name, data_type, udt_name, is_nullable, column_default
      FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'
      ORDER BY table_name, column_name`),
    constraints: await q(`SELECT c.conrelid::regclass::text AS tbl, c.conname, c.contype, pg_get_constraintdef(c.oid) AS def
      FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
      WHERE n.nspname = 'public' AND c.conrelid::regclass::text <> '_prisma_migrations' ORDER BY tbl, c.conname`),
    indexes: await q(`SELECT tablename, indexname, indexdef FROM pg_indexes
      WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY tablename, indexname`),
    enums: await q(`SELECT t.typname, array_agg(e.enumlabel ORDER BY e.enumsortorder) AS labels
      FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid GROUP BY t.typname ORDER BY t.typname`),
  };
}
