/**
 * Loads the demo accounts and the demo story (src/demo/demo-story.ts) into an empty database,
 * through the same factories the tests use.
 */
import { pickArticleFields } from "@/domain/articles/fields";
import { readFileSync } from "node:fs";
import path from "node:path";
import { getDb } from "@/data/db";
import { createArticle, createClaim, createLink, createProposition, createStory, createUser } from "./factories";
import type { Role } from "@/domain/vocabulary";
import { demoAccounts } from "./accounts";
import { demoStory } from "./demo-story";
import type { DemoStory } from "./demo-story.types";

export async function seedDemoAccounts(password: string) {
  const users: Record<string, { id: string }> = {};
  for (const account of demoAccounts) {
    users[account.role] = await createUser({ ...account, password });
  }
  return users as Record<Role, { id: string }>;
}

const articlesDir = path.join(process.cwd(), "src", "demo", "articles");

export async function seedDemoStory(authors: Record<"editor" | "analyst", { id: string }>, story: DemoStory = demoStory) {
  const created = await createStory({ title: story.title, description: story.description, createdById: authors.editor.id });
  const articleIds = new Map<string, string>();
  for (const [position, a] of story.articles.entries()) {
    const article = await createArticle({
      storyId: created.id,
      ...pickArticleFields(a),
      position,
      text: readFileSync(path.join(articlesDir, a.file), "utf8"),
      createdById: authors.editor.id,
    });
    articleIds.set(a.key, article.id);
  }
  const claimIds = new Map<string, string>();
  for (const c of story.claims) {
    const claim = await createClaim({
      articleId: articleIds.get(c.article)!,
      exact: c.exact,
      prefix: c.prefix,
      suffix: c.suffix,
      statement: c.statement,
      sourcing: c.sourcing,
      source: c.source,
      cue: c.cue,
      status: c.status,
      createdById: authors[c.author].id,
    });
    claimIds.set(c.key, claim.id);
  }
  for (const [position, p] of story.propositions.entries()) {
    const proposition = await createProposition({
      storyId: created.id,
      statement: p.statement,
      verdict: p.verdict,
      rationale: p.rationale,
      position,
      createdById: authors.editor.id,
    });
    for (const link of p.links) {
      await createLink({
        storyId: created.id,
        claimId: claimIds.get(link.claim)!,
        propositionId: proposition.id,
        stance: link.stance,
        note: link.note,
        status: "approved",
        createdById: authors.editor.id,
      });
    }
  }
  return created;
}

/** Seeds accounts and the demo story when the database has neither; returns what it did. */
export async function seedIfEmpty(password: string): Promise<"seeded" | "skipped"> {
  const db = await getDb();
  const [users, stories] = await Promise.all([db.user.count(), db.story.count()]);
  if (users > 0 || stories > 0) return "skipped";
  const accounts = await seedDemoAccounts(password);
  await seedDemoStory(accounts);
  return "seeded";
}
