/**
 * The one Prisma client of the process (cached on globalThis so that dev reloads and test files
 * share it). The provider follows DATABASE_URL; both generated clients expose the same model API,
 * so the rest of the code is typed against the SQLite one.
 */
import { type Prisma, PrismaClient as SqliteClient } from "@/data/generated/sqlite/client";
import { PrismaClient as PostgresClient } from "@/data/generated/postgresql/client";
import { createAdapterFactory } from "./adapter-factory";
import { databaseTarget, type DatabaseTarget } from "./database-target";
import { env } from "@/config/env";

export type Db = SqliteClient;
export type Tx = Prisma.TransactionClient;

/**
 * The data layer's one convention: a function that writes takes its transaction first; a read
 * takes what it reads by, then these options (inside a transaction, and whether soft-deleted rows
 * count). A versioned write takes `WriteOptions` last.
 */
export interface ReadOptions {
  tx?: Tx;
  /** Soft-deleted rows count too (to restore them). */
  deleted?: boolean;
}

export interface WriteOptions {
  /** The row to change is soft-deleted (a restore). */
  deleted?: boolean;
}

/** The client a read runs on: its transaction, or the shared client. */
export async function readerOf(options: ReadOptions = {}): Promise<Tx | Db> {
  return options.tx ?? (await getDb());
}

interface DbHolder {
  db: Db;
  target: DatabaseTarget;
  ready: Promise<void>;
}

const globalForDb = globalThis as unknown as { claimboardDb?: DbHolder };

function createDb(): DbHolder {
  const e = env();
  const target = databaseTarget(e.DATABASE_URL);
  const adapter = createAdapterFactory(target, e.DATABASE_POOL_SIZE);
  const db =
    target.provider === "postgresql"
      ? (new PostgresClient({ adapter }) as unknown as Db)
      : new SqliteClient({ adapter });
  const ready =
    target.provider === "sqlite"
      ? // WAL lets readers run beside the writer; foreign keys are per connection in SQLite.
        db.$queryRawUnsafe("PRAGMA journal_mode = WAL").then(() =>
          db.$executeRawUnsafe("PRAGMA foreign_keys = ON").then(() => db.$executeRawUnsafe("PRAGMA busy_timeout = 5000")),
        ).then(() => undefined)
      : Promise.resolve();
  return { db, target, ready };
}

function holder(): DbHolder {
  globalForDb.claimboardDb ??= createDb();
  return globalForDb.claimboardDb;
}

/** The database client, after its connection settings are applied. */
export async function getDb(): Promise<Db> {
  const h = holder();
  await h.ready;
  return h.db;
}

export function dbProvider(): DatabaseTarget["provider"] {
  return holder().target.provider;
}

export async function disconnectDb(): Promise<void> {
  const h = globalForDb.claimboardDb;
  if (!h) return;
  globalForDb.claimboardDb = undefined;
  await h.db.$disconnect();
}

/**
 * Runs `fn` in one database transaction: a change and its audit entry are written together or
 * not at all.
 */
export async function inTransaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
  const db = await getDb();
  const hooks: Array<() => void> = [];
  const result = await db.$transaction(
    (tx) => {
      commitHooks.set(tx, hooks);
      return fn(tx);
    },
    { maxWait: 10_000, timeout: 20_000 },
  );
  for (const hook of hooks) hook();
  return result;
}

const commitHooks = new WeakMap<Tx, Array<() => void>>();

/**
 * Runs `hook` once the transaction `tx` has committed (never if it rolls back): how a change tells
 * the in-process event bus about itself only when it is really stored.
 */
export function afterCommit(tx: Tx, hook: () => void): void {
  const hooks = commitHooks.get(tx);
  if (hooks) hooks.push(hook);
  else queueMicrotask(hook);
}
