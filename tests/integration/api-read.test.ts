import { describe, expect, it } from "vitest";
import { createClaim } from "@/demo/factories";
import { GET as listStories } from "../../app/api/v1/stories/route";
import { GET as getStory } from "../../app/api/v1/stories/[id]/route";
import { GET as getArticle } from "../../app/api/v1/articles/[id]/route";
import { GET as listClaims } from "../../app/api/v1/articles/[id]/claims/route";
import { GET as unknownEndpoint } from "../../app/api/v1/[...rest]/route";
import { call, type Json, tokenFor } from "../support/api";
import { makeStoryWithArticle } from "../support/factories";

const errorShape = { error: { code: expect.any(String), message: expect.any(String), requestId: expect.any(String) } };

describe("GET /api/v1/stories", () => {
  it("requires authentication, in the error shape", async () => {
    const res = await call(listStories, "/api/v1/stories");
    expect(res.status).toBe(401);
    expect(res.body).toMatchObject(errorShape);
    expect(res.body!.error.code).toBe("unauthenticated");
    expect(res.headers.get("x-request-id")).toBe(res.body!.error.requestId);
  });

  it("refuses an unknown or malformed token", async () => {
    expect((await call(listStories, "/api/v1/stories", { token: "cb_not-a-real-token" })).status).toBe(401);
    expect((await call(listStories, "/api/v1/stories", { headers: { authorization: "Basic abc" } })).status).toBe(401);
  });

  it("lists stories with their counts, newest first, page by page", async () => {
    const { token } = await tokenFor("viewer");
    const a = await makeStoryWithArticle();
    await createClaim({ articleId: a.article.id, exact: "Alpha said the bridge was closed.", statement: "Bridge closed", sourcing: "attributed" });
    const b = await makeStoryWithArticle();

    const first = await call(listStories, "/api/v1/stories?limit=1", { token });
    expect(first.status).toBe(200);
    expect(first.body!.items).toHaveLength(1);
    expect(first.body!.nextCursor).toEqual(expect.any(String));

    const all: Json[] = [];
    let cursor: string | null = null;
    do {
      const page: Awaited<ReturnType<typeof call>> = await call(listStories, `/api/v1/stories?limit=2${cursor ? `&cursor=${cursor}` : ""}`, { token });
      all.push(...page.body!.items);
      cursor = page.body!.nextCursor;
    } while (cursor);
    const ids = all.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    // Newest first (other test files add stories at the same time, so compare positions).
    expect(ids.indexOf(b.story.id)).toBeLessThan(ids.indexOf(a.story.id));
    const times = all.map((s) => s.updatedAt as string);
    expect([...times].sort().reverse()).toEqual(times);
    const storyA = all.find((s) => s.id === a.story.id)!;
    expect(storyA).toMatchObject({ title: a.story.title, description: "", articleCount: 1, claimCount: 1 });
    expect(Object.keys(storyA)).toEqual(expect.arrayContaining(["id", "title", "description", "articleCount", "claimCount", "updatedAt"]));
  });

  it("names a bad limit or cursor", async () => {
    const { token } = await tokenFor("viewer");
    const bad = await call(listStories, "/api/v1/stories?limit=0", { token });
    expect(bad.status).toBe(400);
    expect(bad.body!.error.details).toEqual([{ path: "limit", message: "must be at least 1" }]);
    const badCursor = await call(listStories, "/api/v1/stories?cursor=%%%", { token });
    expect(badCursor.status).toBe(400);
    expect(badCursor.body!.error.details[0].path).toBe("cursor");
  });
});

describe("GET /api/v1/stories/:id", () => {
  it("answers the story with its articles", async () => {
    const { token } = await tokenFor("viewer");
    const { story, article } = await makeStoryWithArticle();
    const res = await call(getStory, `/api/v1/stories/${story.id}`, { token, params: { id: story.id } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      id: story.id,
      title: story.title,
      articles: [{ id: article.id, title: "An article", outlet: "", author: "", publishedAt: null, url: null, language: "en" }],
    });
  });

  it("answers 404 for an unknown story", async () => {
    const { token } = await tokenFor("viewer");
    const res = await call(getStory, "/api/v1/stories/nope", { token, params: { id: "nope" } });
    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({ error: { code: "not_found", message: "Story nope was not found." } });
  });
});

describe("GET /api/v1/articles/:id and its claims", () => {
  it("answers the article's current text and revision", async () => {
    const { token } = await tokenFor("viewer");
    const { article } = await makeStoryWithArticle("Line one.\r\nLine two.");
    const res = await call(getArticle, `/api/v1/articles/${article.id}`, { token, params: { id: article.id } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: article.id, text: "Line one.\nLine two.", revisionId: article.revision.id });
  });

  it("lists claims in reading order with exact selectors, paginated", async () => {
    const { token } = await tokenFor("analyst");
    const text = "Vučić said 🇷🇸 ties hold. Peskov said nothing. Maybe a bloc.";
    const { article } = await makeStoryWithArticle(text);
    await createClaim({ articleId: article.id, exact: "Maybe a bloc.", statement: "Bloc", sourcing: "speculative", cue: "Maybe" });
    await createClaim({ articleId: article.id, exact: "Vučić said 🇷🇸 ties hold.", statement: "Ties hold", sourcing: "attributed", source: "Vučić" });
    await createClaim({ articleId: article.id, exact: "Peskov said nothing.", statement: "Silence", sourcing: "attributed" });

    const page1 = await call(listClaims, `/api/v1/articles/${article.id}/claims?limit=2`, { token, params: { id: article.id } });
    expect(page1.status).toBe(200);
    expect(page1.body!.items.map((c: Json) => c.statement)).toEqual(["Ties hold", "Silence"]);
    const page2 = await call(listClaims, `/api/v1/articles/${article.id}/claims?limit=2&cursor=${page1.body!.nextCursor}`, {
      token,
      params: { id: article.id },
    });
    expect(page2.body).toMatchObject({ items: [{ statement: "Bloc" }], nextCursor: null });

    for (const claim of [...page1.body!.items, ...page2.body!.items]) {
      expect(text.slice(claim.selector.start, claim.selector.end)).toBe(claim.selector.exact);
      expect(claim).toMatchObject({ articleId: article.id, revisionId: article.revision.id, version: 1, orphaned: false, status: "draft" });
      expect(Object.keys(claim)).toEqual(
        expect.arrayContaining([
          "id",
          "articleId",
          "revisionId",
          "version",
          "statement",
          "sourcing",
          "source",
          "cue",
          "status",
          "orphaned",
          "selector",
          "createdBy",
          "createdAt",
          "updatedAt",
        ]),
      );
    }
  });

  it("answers 404 for an unknown article", async () => {
    const { token } = await tokenFor("viewer");
    const res = await call(listClaims, "/api/v1/articles/nope/claims", { token, params: { id: "nope" } });
    expect(res.status).toBe(404);
  });
});

describe("unknown endpoints", () => {
  it("answer 404 in the error shape", async () => {
    const res = await call(unknownEndpoint, "/api/v1/nothing-here", { params: { rest: ["nothing-here"] } });
    expect(res.status).toBe(404);
    expect(res.body).toMatchObject(errorShape);
  });
});
