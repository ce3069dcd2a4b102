/**
 * Which database a DATABASE_URL points at. Shared by the app, the Prisma CLI config and the scripts,
 * so that one variable decides everything.
 */
import path from "node:path";

export const DEFAULT_DATABASE_URL = "file:./data/claimboard.db";

export type DatabaseTarget =
  | { provider: "sqlite"; url: string; filePath: string }
  | { provider: "postgresql"; url: string };

export function databaseTarget(url: string | undefined): DatabaseTarget {
  const value = url && url.trim() !== "" ? url.trim() : DEFAULT_DATABASE_URL;
  if (/^postgres(ql)?:\/\//.test(value)) return { provider: "postgresql", url: value };
  if (value.startsWith("file:")) {
    const file = value.slice("file:".length);
    return { provider: "sqlite", url: value, filePath: path.resolve(/*turbopackIgnore: true*/ process.cwd(), file) };
  }
  throw new Error(
    `DATABASE_URL must be a file: URL (SQLite) or a postgresql:// URL, got "${value.split(":")[0]}:…"`,
  );
}
