/** Loads the demo accounts and demo story into an empty database (`npm run db:seed`). */
import { env } from "../../src/config/env";
import { disconnectDb } from "../../src/data/db";
import { seedIfEmpty } from "../../src/demo/seed";

async function main() {
  const result = await seedIfEmpty(env().demoPassword);
  console.log(result === "seeded" ? "Loaded the demo story and demo accounts." : "Database not empty: seed skipped.");
  await disconnectDb();
}

void main();
