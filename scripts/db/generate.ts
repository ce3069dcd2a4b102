/** Generates the Prisma client of both providers (the app picks one at run time from DATABASE_URL). */
import { execFileSync } from "node:child_process";
import { providers, schemaPath } from "./providers";

const sampleUrl = { sqlite: "file:./data/claimboard.db", postgresql: "postgresql://localhost/claimboard" };

for (const provider of providers) {
  execFileSync("npx", ["prisma", "generate", "--schema", schemaPath(provider)], {
    stdio: ["ignore", "inherit", "inherit"],
    // The CLI only checks that the URL's scheme matches the provider; it does not connect.
    env: { ...process.env, DATABASE_URL: sampleUrl[provider], PRISMA_HIDE_UPDATE_MESSAGE: "1" },
  });
}
