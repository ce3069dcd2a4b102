/**
 * Filler for the scale test: other stories' claims bulk-inserted with SQL (generate_series), so the
 * database can hold a million claims in a minute. Not through the domain layer (that would take
 * hours); the measured story itself is always built by the factories. Each filler story has 10
 * articles x 100 claims, 50 propositions, and 70% of its claims linked, like the measured ones.
 */
import pg from "pg";

export const FILLER_CLAIMS_PER_STORY = 1000;

/** Adds filler stories numbered [from, to) to the PostgreSQL database at `url`. */
export async function addPgFiller(url: string, from: number, to: number, onProgress?: (done: number) => void) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const batch = 50;
    for (let s = from; s < to; s += batch) {
      const e = Math.min(to, s + batch) - 1;
      await client.query("BEGIN");
      await client.query(
        `INSERT INTO "story" ("id", "title", "updatedAt") SELECT 'fs-' || s, 'Filler story ' || s, now() FROM generate_series($1::int, $2::int) s`,
        [s, e],
      );
      await client.query(
        `INSERT INTO "article" ("id", "storyId", "title", "position", "updatedAt")
         SELECT 'fa-' || s || '-' || a, 'fs-' || s, 'Filler article ' || a, a, now() FROM generate_series($1::int, $2::int) s, generate_series(0, 9) a`,
        [s, e],
      );
      await client.query(
        `INSERT INTO "article_revision" ("id", "articleId", "number", "text")
         SELECT 'fr-' || s || '-' || a, 'fa-' || s || '-' || a, 1, repeat('Filler sentence. ', 100) FROM generate_series($1::int, $2::int) s, generate_series(0, 9) a`,
        [s, e],
      );
      await client.query(`UPDATE "article" SET "currentRevisionId" = 'fr-' || substr("id", 4) WHERE "id" LIKE 'fa-%' AND "currentRevisionId" IS NULL`);
      await client.query(
        `INSERT INTO "claim" ("id", "storyId", "articleId", "revisionId", "exact", "start", "end", "statement", "sourcing", "updatedAt")
         SELECT 'fc-' || s || '-' || a || '-' || c, 'fs-' || s, 'fa-' || s || '-' || a, 'fr-' || s || '-' || a, 'Filler sentence.', 0, 16,
                'Filler claim ' || c, (ARRAY['confirmed', 'attributed', 'speculative'])[1 + (c % 3)]::"Sourcing", now()
         FROM generate_series($1::int, $2::int) s, generate_series(0, 9) a, generate_series(0, 99) c`,
        [s, e],
      );
      await client.query(
        `INSERT INTO "proposition" ("id", "storyId", "statement", "position", "updatedAt")
         SELECT 'fp-' || s || '-' || p, 'fs-' || s, 'Filler proposition ' || p, p, now() FROM generate_series($1::int, $2::int) s, generate_series(0, 49) p`,
        [s, e],
      );
      await client.query(
        `INSERT INTO "claim_link" ("id", "storyId", "claimId", "propositionId", "stance", "updatedAt")
         SELECT 'fl-' || s || '-' || a || '-' || c, 'fs-' || s, 'fc-' || s || '-' || a || '-' || c, 'fp-' || s || '-' || ((c + a) % 50),
                (CASE WHEN (c + a) % 5 = 0 THEN 'contradicts' ELSE 'supports' END)::"Stance", now()
         FROM generate_series($1::int, $2::int) s, generate_series(0, 9) a, generate_series(0, 99) c WHERE c % 10 < 7`,
        [s, e],
      );
      await client.query("COMMIT");
      onProgress?.(e + 1);
    }
    await client.query("VACUUM ANALYZE");
    // Write out what the bulk insert dirtied now, not while the next measurement runs.
    await client.query("CHECKPOINT");
  } finally {
    await client.end();
  }
}

export async function countClaims(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return Number((await client.query(`SELECT COUNT(*) AS n FROM "claim"`)).rows[0].n);
  } finally {
    await client.end();
  }
}
