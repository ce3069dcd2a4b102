/** The database itself enforces the model's rules, whatever code writes to it. */
import { describe, expect, it } from "vitest";
import { dbProvider, getDb } from "@/data/db";
import { createClaim, createLink, createProposition, createStory } from "@/demo/factories";
import { makeStoryWithArticle } from "../support/factories";

async function rawInsertFails(sql: string, ...values: unknown[]) {
  const db = await getDb();
  let n = 0;
  const text = dbProvider() === "postgresql" ? sql.replace(/\?/g, () => `$${++n}`) : sql;
  await expect(db.$executeRawUnsafe(text, ...values)).rejects.toThrow();
}

describe("database constraints", () => {
  it("SQLite runs with WAL and foreign keys on", async () => {
    if (dbProvider() !== "sqlite") return;
    const db = await getDb();
    const [mode] = await db.$queryRawUnsafe<{ journal_mode: string }[]>("PRAGMA journal_mode");
    const [fk] = await db.$queryRawUnsafe<{ foreign_keys: bigint | number }[]>("PRAGMA foreign_keys");
    expect(mode!.journal_mode).toBe("wal");
    expect(Number(fk!.foreign_keys)).toBe(1);
  });

  it("refuses values outside the vocabulary", async () => {
    const { story, article } = await makeStoryWithArticle();
    const enumCast = (type: string) => (dbProvider() === "postgresql" ? `::"${type}"` : "");
    const insertClaim = `INSERT INTO "claim" ("id","storyId","articleId","revisionId","exact","start","end","statement","sourcing","updatedAt") VALUES (?, ?, ?, ?, 'x', 0, 1, 's', ?${enumCast("Sourcing")}, CURRENT_TIMESTAMP)`;
    await rawInsertFails(insertClaim, `bad-${story.id}`, story.id, article.id, article.revision.id, "rumoured");
    // The same statement with an allowed value goes through: the refusal above is the vocabulary's.
    const db0 = await getDb();
    let n = 0;
    const sql = dbProvider() === "postgresql" ? insertClaim.replace(/\?/g, () => `$${++n}`) : insertClaim;
    await expect(db0.$executeRawUnsafe(sql, `ok-${story.id}`, story.id, article.id, article.revision.id, "confirmed")).resolves.toBe(1);
    await rawInsertFails(
      `INSERT INTO "proposition" ("id","storyId","statement","verdict","updatedAt") VALUES ('p1', ?, 's', ?${enumCast("Verdict")}, CURRENT_TIMESTAMP)`,
      story.id,
      "pants_on_fire",
    );
    await rawInsertFails(
      `INSERT INTO "user" ("id","name","email","role","updatedAt") VALUES ('u1','n','u1@x', ?${enumCast("Role")}, CURRENT_TIMESTAMP)`,
      "superuser",
    );
    const db = await getDb();
    await expect(
      db.claim.create({
        data: {
          storyId: story.id,
          articleId: article.id,
          revisionId: article.revision.id,
          exact: "x",
          start: 0,
          end: 1,
          statement: "s",
          sourcing: "rumoured" as never,
        },
      }),
    ).rejects.toThrow();
  });

  it("refuses a claim whose article belongs to another story, or whose revision belongs to another article", async () => {
    const a = await makeStoryWithArticle();
    const b = await makeStoryWithArticle();
    const db = await getDb();
    const base = { exact: "Alpha", start: 0, end: 5, statement: "s", sourcing: "confirmed" as const };
    await expect(db.claim.create({ data: { ...base, storyId: b.story.id, articleId: a.article.id, revisionId: a.article.revision.id } })).rejects.toThrow();
    await expect(db.claim.create({ data: { ...base, storyId: a.story.id, articleId: a.article.id, revisionId: b.article.revision.id } })).rejects.toThrow();
  });

  it("can never link a claim to a proposition of another story", async () => {
    const a = await makeStoryWithArticle();
    const claim = await createClaim({ articleId: a.article.id, exact: "Alpha said the bridge was closed.", statement: "Closed", sourcing: "attributed" });
    const otherStory = await createStory({ title: "Other" });
    const foreign = await createProposition({ storyId: otherStory.id, statement: "Elsewhere" });
    await expect(createLink({ storyId: a.story.id, claimId: claim.id, propositionId: foreign.id, stance: "supports" })).rejects.toThrow();
    await expect(createLink({ storyId: otherStory.id, claimId: claim.id, propositionId: foreign.id, stance: "supports" })).rejects.toThrow();

    const own = await createProposition({ storyId: a.story.id, statement: "Bridge closed" });
    await createLink({ storyId: a.story.id, claimId: claim.id, propositionId: own.id, stance: "supports" });
    // One link per claim and proposition.
    await expect(createLink({ storyId: a.story.id, claimId: claim.id, propositionId: own.id, stance: "contradicts" })).rejects.toThrow();
  });

  it("keeps revision numbers unique per article and the current revision unique", async () => {
    const { article } = await makeStoryWithArticle();
    const db = await getDb();
    await expect(db.articleRevision.create({ data: { articleId: article.id, number: 1, text: "again" } })).rejects.toThrow();
    const second = await makeStoryWithArticle();
    await expect(db.article.update({ where: { id: second.article.id }, data: { currentRevisionId: article.revision.id } })).rejects.toThrow();
  });

  it("refuses orphan rows (foreign keys)", async () => {
    const db = await getDb();
    await expect(db.article.create({ data: { storyId: "missing-story", title: "t" } })).rejects.toThrow();
  });
});
