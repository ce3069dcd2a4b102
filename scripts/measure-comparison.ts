/**
 * Times the story comparison on a synthetic story (default 20 articles, 3,000 claims) through the
 * domain layer, on the database DATABASE_URL names (a throwaway SQLite file by default).
 *   npx tsx scripts/measure-comparison.ts [articles] [claims]
 * The full benchmark suite (npm run bench) comes with the benchmarks issue.
 */
import { mkdirSync, rmSync } from "node:fs";
import { performance } from "node:perf_hooks";

async function main() {
  const articles = Number(process.argv[2] ?? 20);
  const claims = Number(process.argv[3] ?? 3000);
  if (!process.env.DATABASE_URL) {
    rmSync("tmp/measure", { recursive: true, force: true });
    mkdirSync("tmp/measure", { recursive: true });
    process.env.DATABASE_URL = "file:./tmp/measure/measure.db";
    process.env.DATA_DIR = "tmp/measure";
  }

  const { applyMigrations } = await import("./db/apply-migrations");
  applyMigrations(process.env.DATABASE_URL);
  const { getDb, disconnectDb } = await import("../src/data/db");
  const { createArticle, createStory, createUser } = await import("../src/demo/factories");
  const { getComparison } = await import("../src/domain/comparison/service");

  const db = await getDb();
  const user = await createUser({ email: `measure-${Date.now()}@local`, name: "Measure", role: "editor", password: "measure-password" });
  const actor = { userId: user.id, name: user.name, email: user.email, role: "editor" as const };
  const story = await createStory({ title: "Synthetic story" });
  const text = Array.from({ length: 400 }, (_, i) => `Sentence number ${i} says something.`).join(" ");
  const articleRows: Awaited<ReturnType<typeof createArticle>>[] = [];
  for (let i = 0; i < articles; i++) articleRows.push(await createArticle({ storyId: story.id, title: `Article ${i}`, text, position: i }));
  const propositions = Math.round(claims / 5);
  await db.proposition.createMany({
    data: Array.from({ length: propositions }, (_, i) => ({ storyId: story.id, statement: `Proposition ${i}`, position: i })),
  });
  const propIds = (await db.proposition.findMany({ where: { storyId: story.id }, select: { id: true } })).map((p) => p.id);
  const sourcings = ["confirmed", "attributed", "speculative"] as const;
  const claimData = Array.from({ length: claims }, (_, i) => {
    const a = articleRows[i % articles]!;
    return {
      storyId: story.id,
      articleId: a.id,
      revisionId: a.revision.id,
      exact: "Sentence",
      start: 0,
      end: 8,
      statement: `Claim ${i}`,
      sourcing: sourcings[i % 3]!,
    };
  });
  for (let i = 0; i < claimData.length; i += 500) await db.claim.createMany({ data: claimData.slice(i, i + 500) });
  const claimIds = (await db.claim.findMany({ where: { storyId: story.id }, select: { id: true } })).map((c) => c.id);
  const links = claimIds.map((claimId, i) => ({
    storyId: story.id,
    claimId,
    propositionId: propIds[i % propIds.length]!,
    stance: i % 7 === 0 ? ("contradicts" as const) : ("supports" as const),
  }));
  for (let i = 0; i < links.length; i += 500) await db.claimLink.createMany({ data: links.slice(i, i + 500) });

  const times: number[] = [];
  for (let i = 0; i < 15; i++) {
    const t = performance.now();
    await getComparison(actor, story.id);
    times.push(performance.now() - t);
  }
  times.sort((x, y) => x - y);
  console.log(JSON.stringify({ articles, claims, propositions, links: links.length, p50ms: +times[7]!.toFixed(1), maxms: +times[14]!.toFixed(1) }));
  await disconnectDb();
}

void main();
