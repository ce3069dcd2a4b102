/**
 * GET /api/v1/stories/:id/timeline: the first report of each proposition, ordered by publication
 * (across date precisions and time zones), and a claim that appeared only in a later revision dated
 * by that revision; how the sourcing moved over time.
 */
import { afterAll, describe, expect, it } from "vitest";
import { createArticle, createClaim, createLink, createProposition, createStory } from "@/demo/factories";
import { reviseArticleText } from "@/domain/articles/service";
import { type Json, tokenFor } from "../support/api";
import { contract } from "../support/contract";
import { itRefusesWithoutCredentialsAndOversizedBodies } from "../support/contract-refusals";
import { makeUser } from "../support/factories";

const c = contract(["getStoryTimeline"]);
afterAll(() => c.assertEveryStatusCovered());
itRefusesWithoutCredentialsAndOversizedBodies(c, ["getStoryTimeline"]);

describe("GET /api/v1/stories/:id/timeline", () => {
  it("orders first reports by when the words appeared, and follows the sourcing over time", async () => {
    const { user, actor } = await makeUser("editor");
    const story = await createStory({ title: "Timeline story", createdById: user.id });
    const by = user.id;
    // Added in this order, published in another: the Belgrade paper (evening, +01:00) before the wire (UTC).
    const wire = await createArticle({
      storyId: story.id,
      title: "Wire",
      publishedAt: "2019-11-21T23:00:00Z",
      text: "Officials said a diplomat paid an officer.",
      createdById: by,
    });
    const paper = await createArticle({
      storyId: story.id,
      title: "Paper",
      publishedAt: "2019-11-21T22:30:00+01:00",
      text: "Vučić said a diplomat paid an officer.",
      createdById: by,
    });
    const monthly = await createArticle({
      storyId: story.id,
      title: "Monthly",
      publishedAt: "2019-12",
      text: "It is confirmed that a diplomat paid an officer.",
      createdById: by,
    });
    const paid = await createProposition({ storyId: story.id, statement: "A diplomat paid an officer", createdById: by });
    for (const [article, exact, sourcing] of [
      [wire, "Officials said a diplomat paid an officer.", "attributed"],
      [paper, "Vučić said a diplomat paid an officer.", "attributed"],
      [monthly, "It is confirmed that a diplomat paid an officer.", "confirmed"],
    ] as const) {
      const claim = await createClaim({ articleId: article.id, exact, statement: "Paid", sourcing, createdById: by });
      await createLink({ storyId: story.id, claimId: claim.id, propositionId: paid.id, stance: "supports", createdById: by });
    }
    // The wire adds a sentence in a second revision: that claim dates from the revision.
    await reviseArticleText(actor, wire.id, { version: 1, text: "Officials said a diplomat paid an officer. The officer was arrested." });
    const arrested = await createProposition({ storyId: story.id, statement: "The officer was arrested", createdById: by });
    const late = await createClaim({ articleId: wire.id, exact: "The officer was arrested.", statement: "Arrested", sourcing: "confirmed", createdById: by });
    await createLink({ storyId: story.id, claimId: late.id, propositionId: arrested.id, stance: "supports", createdById: by });

    const { token } = await tokenFor("viewer");
    const res = await c.send("getStoryTimeline", { token, params: { id: story.id } });
    expect(res.status).toBe(200);
    const byStatement = Object.fromEntries((res.body!.propositions as Json[]).map((p) => [p.statement, p])) as Record<string, Json>;
    const first = byStatement["A diplomat paid an officer"];
    expect((first!.treatments as Json[]).map((t) => t.articleId)).toEqual([paper.id, wire.id, monthly.id]);
    expect(first!.firstReport).toMatchObject({ articleId: paper.id, when: { basis: "published", at: "2019-11-21T22:30:00+01:00", revisionNumber: 1 } });
    expect(first!.sourcingPath).toEqual(["attributed", "confirmed"]);
    const second = byStatement["The officer was arrested"];
    expect(second!.firstReport).toMatchObject({ articleId: wire.id, when: { basis: "revision", revisionNumber: 2 } });
    expect((res.body!.articles as Json[]).find((a) => a.id === wire.id)!.revisions).toHaveLength(2);

    expect((await c.send("getStoryTimeline", { token, params: { id: "no-such-story" } })).status).toBe(404);
  });
});
