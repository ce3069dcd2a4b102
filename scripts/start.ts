/**
 * `npm start`: checks the environment, applies pending migrations, loads the demo on an empty
 * database, then serves the production build on PORT, restarting the server if it dies (supervise.ts).
 */
import path from "node:path";
import { env, EnvError, listenArgs } from "../src/config/env";
import { disconnectDb } from "../src/data/db";
import { databaseTarget } from "../src/data/database-target";
import { seedIfEmpty } from "../src/demo/seed";
import { applyMigrations } from "./db/apply-migrations";
import { serverNodeOptions } from "./server-node-options";
import { supervise } from "./supervise";

async function main() {
  let e;
  try {
    e = env();
  } catch (error) {
    if (error instanceof EnvError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const target = databaseTarget(e.DATABASE_URL);
  const where = target.provider === "sqlite" ? target.filePath : target.url.replace(/\/\/[^@/]*@/, "//…@");
  console.log(`Claimboard: ${target.provider} database at ${where}`);

  applyMigrations(e.DATABASE_URL);
  if ((await seedIfEmpty(e.demoPassword)) === "seeded") {
    console.log("Loaded the demo story and the demo accounts (admin@, editor@, analyst@, viewer@claimboard.local).");
  }
  await disconnectDb();

  // Supervised: if the server dies it is restarted and the exit logged with its cause.
  const server = supervise(path.join("node_modules", ".bin", "next"), ["start", ...listenArgs(e)], {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NODE_OPTIONS: serverNodeOptions() },
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.stop(signal));
  process.exit(await server.done);
}

main().catch((error) => {
  console.error("Claimboard could not start:", error instanceof Error ? error.message : error);
  process.exit(1);
});
