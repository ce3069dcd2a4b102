/**
 * The suggestion engine's time as the story grows: claim suggestions for articles of each benchmark
 * story, timed in-process through the domain layer.
 *   DATABASE_URL=... tsx bench/suites/suggestions.ts '[{"label":"2 x 50","storyId":"...","articleIds":["..."]}]'
 * Prints one JSON line. If the engine (src/domain/assistance) is not in this tree, prints
 * {"available":false,...} and times nothing.
 */
import { performance } from "node:perf_hooks";
import type { Actor } from "../../src/domain/auth/actor";
import { summarize } from "../lib/stats";

type Engine = Record<string, unknown>;

/**
 * The one call into the engine: the suggestions for one article, through the same service the
 * API uses (`listSuggestions` in src/domain/assistance/service.ts).
 */
export async function suggestForArticle(engine: Engine, actor: Actor, articleId: string): Promise<unknown> {
  const fn = engine.listSuggestions;
  if (typeof fn !== "function")
    throw new EngineMissing(
      "@/domain/assistance/service has no listSuggestions(actor, articleId, query) export: point suggestForArticle (bench/suites/suggestions.ts) at the engine's entry point",
    );
  return (fn as (a: Actor, id: string, q: unknown) => Promise<unknown>)(actor, articleId, {});
}

class EngineMissing extends Error {}

async function loadEngine(): Promise<Engine | string> {
  try {
    // A variable specifier keeps the type checker and the bundler from requiring the module to exist.
    const specifier = "../../src/domain/assistance/service"; // @/domain/assistance/service (tsx maps "@/" only in static imports)
    return (await import(specifier)) as Engine;
  } catch (error) {
    return `not available: ${(error as Error).message.split("\n")[0]}`;
  }
}

async function main() {
  const stories = JSON.parse(process.argv[2] ?? "[]") as { label: string; storyId: string; articleIds: string[] }[];
  const engine = await loadEngine();
  if (typeof engine === "string") {
    console.log(JSON.stringify({ available: false, reason: engine }));
    return;
  }
  const { getDb, disconnectDb } = await import("../../src/data/db");
  const db = await getDb();
  const user = await db.user.findFirstOrThrow({ where: { role: "analyst" } });
  const actor: Actor = { userId: user.id, name: user.name, email: user.email, role: "analyst" };
  const out: { label: string; articles: number; perArticle: ReturnType<typeof summarize> }[] = [];
  try {
    for (const story of stories) {
      const sample = story.articleIds.slice(0, 5);
      await suggestForArticle(engine, actor, sample[0]!);
      const times: number[] = [];
      for (let round = 0; round < 3; round++) {
        for (const articleId of sample) {
          const t = performance.now();
          await suggestForArticle(engine, actor, articleId);
          times.push(performance.now() - t);
        }
      }
      out.push({ label: story.label, articles: story.articleIds.length, perArticle: summarize(times) });
    }
    console.log(JSON.stringify({ available: true, stories: out }));
  } catch (error) {
    if (!(error instanceof EngineMissing)) throw error;
    console.log(JSON.stringify({ available: false, reason: error.message }));
  } finally {
    await disconnectDb();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
