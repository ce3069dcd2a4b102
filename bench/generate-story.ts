/**
 * Builds one synthetic story through the data factories (src/demo/factories.ts), the same code the
 * demo seed and the tests use: articles with real text, claims anchored by their quotes,
 * propositions, and links with a deterministic mix of stances and sourcings.
 *   DATABASE_URL=... tsx bench/generate-story.ts ARTICLES CLAIMS_PER_ARTICLE [LABEL]
 * Prints one JSON line: { storyId, articleIds, claims, propositions, links, ms }.
 * Run as a child process so that each database gets its own client.
 */
import { performance } from "node:perf_hooks";
import { createArticle, createClaim, createLink, createProposition, createStory } from "../src/demo/factories";
import { disconnectDb, getDb } from "../src/data/db";
import type { Sourcing, Stance } from "../src/domain/vocabulary";
import { storyShape } from "./lib/story-shape";
import { sentence } from "./lib/story-text";

/** Small deterministic PRNG (mulberry32), so every run builds the same story. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function main() {
  const articles = Number(process.argv[2]);
  const perArticle = Number(process.argv[3]);
  const label = process.argv[4] ?? `${articles} x ${perArticle}`;
  if (!Number.isInteger(articles) || articles < 1 || !Number.isInteger(perArticle) || perArticle < 1) {
    throw new Error(`usage: generate-story.ts ARTICLES CLAIMS_PER_ARTICLE (got "${process.argv[2]}" "${process.argv[3]}")`);
  }
  const started = performance.now();
  const db = await getDb();
  // Throwaway benchmark data: no need to wait for the disk on every insert (the PostgreSQL
  // benchmark cluster runs with fsync off for the same reason).
  if (process.env.DATABASE_URL?.startsWith("file:")) await db.$queryRawUnsafe("PRAGMA synchronous = OFF");
  const editor = await db.user.findFirst({ where: { role: "editor" }, select: { id: true } });
  const shape = storyShape(articles, perArticle);
  const random = prng(articles * 100_003 + perArticle);
  const story = await createStory({ title: `Benchmark story ${label}`, description: "Synthetic data for npm run bench", createdById: editor?.id ?? null });

  const propositionIds: string[] = [];
  for (let p = 0; p < shape.propositions; p++) {
    const row = await createProposition({
      storyId: story.id,
      statement: `Proposition ${p}: the sources agree on point ${p}.`,
      position: p,
      createdById: editor?.id ?? null,
    });
    propositionIds.push(row.id);
  }

  const sourcings: Sourcing[] = ["confirmed", "attributed", "speculative"];
  const articleIds: string[] = [];
  let claims = 0;
  let links = 0;
  for (let a = 0; a < articles; a++) {
    const text = Array.from({ length: perArticle }, (_, i) => sentence(a, i)).join(" ");
    const article = await createArticle({
      storyId: story.id,
      title: `Outlet ${a} on the benchmark story`,
      text,
      outlet: `Outlet ${a}`,
      position: a,
      createdById: editor?.id ?? null,
    });
    articleIds.push(article.id);
    for (let i = 0; i < perArticle; i++) {
      const claim = await createClaim({
        articleId: article.id,
        exact: sentence(a, i),
        statement: `Fact ${i} happened (article ${a}).`,
        sourcing: sourcings[Math.floor(random() * 3)]!,
        source: random() < 0.5 ? `Source ${i % 17}` : "",
        createdById: editor?.id ?? null,
      });
      claims++;
      if (random() < shape.linkShare) {
        const stance: Stance = random() < 0.8 ? "supports" : "contradicts";
        await createLink({
          storyId: story.id,
          claimId: claim.id,
          propositionId: propositionIds[Math.floor(random() * shape.propositions)]!,
          stance,
          createdById: editor?.id ?? null,
        });
        links++;
      }
    }
  }
  console.log(JSON.stringify({ storyId: story.id, articleIds, claims, propositions: shape.propositions, links, ms: Math.round(performance.now() - started) }));
  await disconnectDb();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
