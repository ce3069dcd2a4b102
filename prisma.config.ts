/**
 * Prisma CLI configuration. The provider follows DATABASE_URL: a postgresql:// URL selects
 * prisma/postgresql, anything else (or nothing) the embedded SQLite default. The JavaScript engine
 * with driver adapters keeps the CLI offline (PLATFORM.md: Prisma 6.19, no binary downloads).
 */
import { defineConfig } from "prisma/config";
import { databaseTarget } from "./src/data/database-target";
import { createAdapterFactory } from "./src/data/adapter-factory";

const target = databaseTarget(process.env.DATABASE_URL);
// The schema's `url = env("DATABASE_URL")` must resolve, or the 6.19 CLI tries to download an engine.
process.env.DATABASE_URL = target.url;

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: `prisma/${target.provider}/schema.prisma`,
  migrations: { path: `prisma/${target.provider}/migrations` },
  async adapter() {
    return createAdapterFactory(target);
  },
});
