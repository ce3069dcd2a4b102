/**
 * Writes each provider's schema.prisma from prisma/model.prisma, the one source of truth.
 * Run after editing the model (`npm run db:schemas`), then create a migration for each provider.
 */
import { writeFileSync } from "node:fs";
import { providers } from "./providers";
import { renderSchema } from "./render-schema";

for (const provider of providers) {
  const { path, text } = renderSchema(provider);
  writeFileSync(path, text);
  console.log(`wrote ${path}`);
}
