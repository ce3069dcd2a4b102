/** Test helpers on top of the shared factories (src/demo/factories.ts): unique rows per test. */
import { randomUUID } from "node:crypto";
import { inTransaction } from "@/data/db";
import { insertDeliveries, insertWebhook } from "@/data/webhooks";
import { createArticle, createAssignment, createClaim, createLink, createProposition, createStory, createUser } from "@/demo/factories";
import type { Actor } from "@/domain/auth/actor";
import type { Role } from "@/domain/vocabulary";

export const TEST_PASSWORD = "correct horse battery staple";

export async function makeUser(role: Role = "editor") {
  const email = `${role}-${randomUUID().slice(0, 8)}@test.local`;
  const user = await createUser({ email, name: `Test ${role}`, role, password: TEST_PASSWORD });
  const actor: Actor = { userId: user.id, name: user.name, email: user.email, role };
  return { user, actor, email };
}

export async function makeStoryWithArticle(text = "Alpha said the bridge was closed. Beta might reopen it.") {
  const { user, actor } = await makeUser("editor");
  const story = await createStory({ title: `Story ${randomUUID().slice(0, 6)}`, createdById: user.id });
  const article = await createArticle({ storyId: story.id, title: "An article", text, createdById: user.id });
  return { user, actor, story, article };
}

/**
 * The rows the fuzz tests aim at: a story with one article, a claim, a proposition and a link
 * between them, an assignment of the article, all belonging to an editor (so that an admin fuzzing them is refused only for its
 * input), and the scope whose fingerprint must not change.
 */
export async function makeFuzzTarget() {
  const base = await makeStoryWithArticle("Alpha said the bridge was closed. Beta might reopen it. Gamma agreed.");
  const by = base.user.id;
  const claim = await createClaim({
    articleId: base.article.id,
    exact: "Alpha said the bridge was closed.",
    statement: "Closed",
    sourcing: "attributed",
    createdById: by,
  });
  const proposition = await createProposition({ storyId: base.story.id, statement: "The bridge closed", createdById: by });
  const link = await createLink({ storyId: base.story.id, claimId: claim.id, propositionId: proposition.id, stance: "supports", createdById: by });
  const assignment = await createAssignment({ storyId: base.story.id, articleId: base.article.id, userId: by, mode: "shared", assignedById: by });
  const scopeWith = (adminId: string) => ({ storyIds: [base.story.id], userIds: [by, adminId], articleIds: [base.article.id] });
  return { story: base.story, article: base.article, claim, proposition, link, assignment, user: base.user, scopeWith };
}

/**
 * A disabled webhook (so no worker ever sends its deliveries) with one failed delivery, written
 * directly: for tests that need their ids as path parameters (fuzz, role matrix). Its URL is a
 * loopback port nothing listens on.
 */
export async function makeWebhookWithDelivery(createdById: string) {
  return inTransaction(async (tx) => {
    const webhook = await insertWebhook(tx, {
      id: randomUUID(),
      url: "http://127.0.0.1:9/never",
      events: ["story.never_happens"],
      secret: "a test secret of some length",
      createdById,
    });
    await tx.webhook.update({ where: { id: webhook.id }, data: { disabledAt: new Date() } });
    const deliveryId = randomUUID();
    await insertDeliveries(tx, [{ id: deliveryId, webhookId: webhook.id, eventId: 1, event: "story.never_happens", body: "{}" }]);
    await tx.webhookDelivery.update({ where: { id: deliveryId }, data: { status: "failed", attempts: 10, lastStatusCode: 500 } });
    return { webhook, deliveryId };
  });
}
