/** Applies migrations and creates the demo accounts (password: bench/lib/auth.ts) in DATABASE_URL's database. */
import { applyMigrations } from "../scripts/db/apply-migrations";
import { disconnectDb } from "../src/data/db";
import { seedDemoAccounts } from "../src/demo/seed";
import { BENCH_PASSWORD } from "./lib/auth";

async function main() {
  applyMigrations(process.env.DATABASE_URL);
  await seedDemoAccounts(BENCH_PASSWORD);
  await disconnectDb();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
