/**
 * The two things `npm run db:backup` and `db:restore` need before anything else: the file argument,
 * and a SQLite database in DATABASE_URL. Either missing ends the command (exit 2) with how to run it,
 * or, for PostgreSQL, which PostgreSQL tool does the job instead.
 */
import path from "node:path";
import { databaseTarget } from "../../src/data/database-target";

export function sqliteCommandTarget(messages: { usage: string; postgres: string }): { file: string; databaseFile: string } {
  const arg = process.argv[2];
  if (!arg) {
    console.error(messages.usage);
    process.exit(2);
  }
  const target = databaseTarget(process.env.DATABASE_URL);
  if (target.provider !== "sqlite") {
    console.error(messages.postgres);
    process.exit(2);
  }
  return { file: path.resolve(arg), databaseFile: target.filePath };
}
