import { describe, expect, it } from "vitest";
import { getDb } from "@/data/db";
import { POST as createStory } from "../../app/api/v1/stories/route";
import { PATCH as patchStory } from "../../app/api/v1/stories/[id]/route";
import { POST as createArticle } from "../../app/api/v1/stories/[id]/articles/route";
import { PATCH as patchArticle } from "../../app/api/v1/articles/[id]/route";
import { PUT as reviseText } from "../../app/api/v1/articles/[id]/text/route";
import { GET as listClaims, POST as createClaim } from "../../app/api/v1/articles/[id]/claims/route";
import { DELETE as deleteClaim, GET as getClaim, PATCH as patchClaim } from "../../app/api/v1/claims/[id]/route";
import { POST as restoreClaim } from "../../app/api/v1/claims/[id]/restore/route";
import { call, tokenFor } from "../support/api";

const TEXT =
  'Serbian President Aleksandar Vučić said the spy was Russian. 🇷🇸 Peskov said: "We have no idea."\nPerhaps Russia wants a new bloc. Vučić said it twice.';

async function setup(role: "editor" | "analyst" = "editor") {
  const { token, user } = await tokenFor(role);
  const story = await call(createStory, "/api/v1/stories", { token, body: { title: "  Spy affair  ", description: "Two reports" } });
  expect(story.status).toBe(201);
  const article = await call(createArticle, `/api/v1/stories/${story.body!.id}/articles`, {
    token,
    params: { id: story.body!.id },
    body: { title: "Report", outlet: "Daily", publishedAt: "2020-05", text: TEXT.replace(/\n/g, "\r\n") },
  });
  expect(article.status).toBe(201);
  return { token, user, story: story.body!, article: article.body! };
}

/** Rows of one story (other test files write to the same database at the same time). */
async function countRows(storyId: string) {
  const db = await getDb();
  const [claims, audits, revisions] = await Promise.all([
    db.claim.count({ where: { storyId } }),
    db.auditEntry.count({ where: { storyId } }),
    db.articleRevision.count({ where: { article: { storyId } } }),
  ]);
  return { claims, audits, revisions };
}

describe("stories", () => {
  it("creates, renames with version checks, and refuses viewers", async () => {
    const { token, story } = await setup();
    expect(story).toMatchObject({ title: "Spy affair", description: "Two reports", version: 1, articleCount: 0 });
    const renamed = await call(patchStory, `/api/v1/stories/${story.id}`, {
      token,
      method: "PATCH",
      params: { id: story.id },
      body: { version: 1, title: "Spy affair in Serbia" },
    });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ title: "Spy affair in Serbia", version: 2, articleCount: 1 });
    const stale = await call(patchStory, `/api/v1/stories/${story.id}`, {
      token,
      method: "PATCH",
      params: { id: story.id },
      body: { version: 1, title: "Lost edit" },
    });
    expect(stale.status).toBe(409);
    expect(stale.body!.error.message).toMatch(/has changed since you loaded it: it is now version 2/);

    const viewer = await tokenFor("viewer");
    const refused = await call(createStory, "/api/v1/stories", { token: viewer.token, body: { title: "Nope" } });
    expect(refused.status).toBe(403);
    const empty = await call(createStory, "/api/v1/stories", { token, body: { title: "   " } });
    expect(empty.body!.error.details).toEqual([{ path: "title", message: "must not be empty" }]);
  });
});

describe("articles", () => {
  it("normalises pasted text and keeps metadata", async () => {
    const { article } = await setup();
    expect(article).toMatchObject({ title: "Report", outlet: "Daily", publishedAt: "2020-05", language: "en", text: TEXT, revisionNumber: 1 });
    expect(article.revisionId).toEqual(expect.any(String));
  });

  it("extracts an HTML page, prefilling title, byline and date", async () => {
    const { token, story } = await setup();
    const html = `<html lang="de"><head><title>Spione | Zeitung</title><meta property="og:site_name" content="Die Zeitung">
      <meta property="article:published_time" content="2020-05-14T09:00:00Z"></head><body><nav>Home · World</nav>
      <article><h1>Wie Putin spioniert</h1><p class="byline">By Anna Autor</p><p>Erster Absatz über die Affäre in Belgrad, mit genug Text für einen Artikel.</p>
      <p>Zweiter Absatz: Vučić sagte, Putin sei nicht informiert gewesen.</p><script>alert(1)</script></article><footer>© Zeitung</footer></body></html>`;
    const res = await call(createArticle, `/api/v1/stories/${story.id}/articles`, { token, params: { id: story.id }, body: { html } });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ outlet: "Die Zeitung", publishedAt: expect.stringMatching(/^2020-05-14/), language: "de" });
    expect(res.body!.title).toMatch(/Putin|Spione/);
    expect(res.body!.text).toContain("Vučić sagte, Putin sei nicht informiert gewesen.");
    expect(res.body!.text).not.toMatch(/alert|Home · World|© Zeitung/);
  });

  it("names bad metadata and refuses text and html together", async () => {
    const { token, story } = await setup();
    const bad = await call(createArticle, `/api/v1/stories/${story.id}/articles`, {
      token,
      params: { id: story.id },
      body: { title: "x", text: "y", publishedAt: "May 2020", url: "javascript:alert(1)" },
    });
    expect(bad.status).toBe(400);
    expect(bad.body!.error.details.map((d: { path: string }) => d.path).sort()).toEqual(["publishedAt", "url"]);
    const both = await call(createArticle, `/api/v1/stories/${story.id}/articles`, {
      token,
      params: { id: story.id },
      body: { title: "x", text: "y", html: "<p>y</p>" },
    });
    expect(both.status).toBe(400);
    const missing = await call(createArticle, "/api/v1/stories/nope/articles", { token, params: { id: "nope" }, body: { title: "x", text: "y" } });
    expect(missing.status).toBe(404);
  });

  it("edits metadata with a version check", async () => {
    const { token, article } = await setup();
    const res = await call(patchArticle, `/api/v1/articles/${article.id}`, {
      token,
      method: "PATCH",
      params: { id: article.id },
      body: { version: 1, author: "Jane Roe", url: "https://example.org/a" },
    });
    expect(res.body).toMatchObject({ author: "Jane Roe", url: "https://example.org/a", version: 2 });
    const stale = await call(patchArticle, `/api/v1/articles/${article.id}`, {
      token,
      method: "PATCH",
      params: { id: article.id },
      body: { version: 1, author: "X" },
    });
    expect(stale.status).toBe(409);
  });
});

describe("claims", () => {
  it("anchors by offsets in UTF-16 code units and by quote", async () => {
    const { token, article } = await setup();
    const start = TEXT.indexOf("Peskov");
    const end = TEXT.indexOf('idea."') + 6;
    const byOffsets = await call(createClaim, `/api/v1/articles/${article.id}/claims`, {
      token,
      params: { id: article.id },
      body: { start, end, statement: "Kremlin denies", sourcing: "attributed", source: "Dmitry Peskov", cue: "said" },
    });
    expect(byOffsets.status).toBe(201);
    expect(byOffsets.body!.selector).toEqual({
      exact: TEXT.slice(start, end),
      prefix: TEXT.slice(start - 32, start),
      suffix: TEXT.slice(end, end + 32),
      start,
      end,
    });

    const byQuote = await call(createClaim, `/api/v1/articles/${article.id}/claims`, {
      token,
      params: { id: article.id },
      body: { exact: "Perhaps Russia wants a new bloc.", statement: "New bloc", sourcing: "speculative", cue: "Perhaps" },
    });
    expect(byQuote.status).toBe(201);
    expect(byQuote.body!.selector.start).toBe(TEXT.indexOf("Perhaps"));

    const disambiguated = await call(createClaim, `/api/v1/articles/${article.id}/claims`, {
      token,
      params: { id: article.id },
      body: { exact: "Vučić said", suffix: " it twice", statement: "Twice", sourcing: "confirmed" },
    });
    expect(disambiguated.body!.selector.start).toBe(TEXT.lastIndexOf("Vučić said"));
  });

  it("refuses bad spans with a 400 naming the problem, and changes nothing", async () => {
    const { token, article, story } = await setup();
    const before = await countRows(story.id);
    const post = (body: object) =>
      call(createClaim, `/api/v1/articles/${article.id}/claims`, {
        token,
        params: { id: article.id },
        body: { statement: "s", sourcing: "confirmed", ...body },
      });
    const cases: [object, RegExp][] = [
      [{ exact: "Vučić said" }, /ambiguous: it occurs 2 times/],
      [{ exact: "Putin" }, /does not occur/],
      [{ start: 0, end: TEXT.length + 1 }, /out of range: the text has \d+ characters/],
      [{ start: 5, end: 5 }, /empty or reversed/],
      [{ start: 0, end: 9, exact: "Croatian" }, /does not match the text at those offsets/],
      [{ start: 0 }, /Give end together with start/],
      [{}, /give start and end, or the exact quote/],
      [{ start: TEXT.indexOf("🇷🇸") + 1, end: TEXT.indexOf("🇷🇸") + 4 }, /split a character/],
      [{ start: -1, end: 3 }, /invalid/],
      [{ start: 0, end: 5, sourcing: "rumour" }, /invalid/],
    ];
    for (const [body, message] of cases) {
      const res = await post(body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body!.error.message).toMatch(message);
      expect(res.body!.error.details.length).toBeGreaterThan(0);
    }
    expect(await countRows(story.id)).toEqual(before);
  });

  it("edits, deletes and restores with version checks", async () => {
    const { token, article } = await setup();
    const created = (
      await call(createClaim, `/api/v1/articles/${article.id}/claims`, {
        token,
        params: { id: article.id },
        body: { exact: "Perhaps Russia wants a new bloc.", statement: "Bloc", sourcing: "speculative" },
      })
    ).body!;
    const edited = await call(patchClaim, `/api/v1/claims/${created.id}`, {
      token,
      method: "PATCH",
      params: { id: created.id },
      body: { version: 1, statement: "Russia may seek a new bloc", status: "needs_review" },
    });
    expect(edited.body).toMatchObject({ statement: "Russia may seek a new bloc", status: "needs_review", version: 2 });
    expect(
      (await call(deleteClaim, `/api/v1/claims/${created.id}`, { token, method: "DELETE", params: { id: created.id }, body: { version: 1 } })).status,
    ).toBe(409);
    expect(
      (await call(deleteClaim, `/api/v1/claims/${created.id}`, { token, method: "DELETE", params: { id: created.id }, body: { version: 2 } })).status,
    ).toBe(204);
    expect((await call(getClaim, `/api/v1/claims/${created.id}`, { token, params: { id: created.id } })).status).toBe(404);
    const listed = await call(listClaims, `/api/v1/articles/${article.id}/claims`, { token, params: { id: article.id } });
    expect(listed.body!.items).toHaveLength(0);
    const restored = await call(restoreClaim, `/api/v1/claims/${created.id}/restore`, { token, params: { id: created.id }, body: { version: 3 } });
    expect(restored.status).toBe(200);
    expect(restored.body).toMatchObject({ statement: "Russia may seek a new bloc", version: 4 });
    const db = await getDb();
    const actions = (await db.auditEntry.findMany({ where: { entityId: created.id }, orderBy: { at: "asc" } })).map((e) => e.action);
    expect(actions).toEqual(["claim.create", "claim.update", "claim.delete", "claim.restore"]);
  });

  it("lets analysts change only their own claims and never approve", async () => {
    const { token: editorToken, article } = await setup();
    const analyst = await tokenFor("analyst");
    const editorsClaim = (
      await call(createClaim, `/api/v1/articles/${article.id}/claims`, {
        token: editorToken,
        params: { id: article.id },
        body: { exact: "Perhaps Russia wants a new bloc.", statement: "Bloc", sourcing: "speculative" },
      })
    ).body!;
    expect(
      (
        await call(patchClaim, `/api/v1/claims/${editorsClaim.id}`, {
          token: analyst.token,
          method: "PATCH",
          params: { id: editorsClaim.id },
          body: { version: 1, statement: "mine now" },
        })
      ).status,
    ).toBe(403);
    const own = await call(createClaim, `/api/v1/articles/${article.id}/claims`, {
      token: analyst.token,
      params: { id: article.id },
      body: { exact: "Vučić said", prefix: "bloc. ", statement: "Twice", sourcing: "confirmed", status: "approved" },
    });
    expect(own.status).toBe(403);
  });
});

describe("text revisions", () => {
  it("re-anchors claims to their words, flags the ones whose words are gone, and refuses stale versions", async () => {
    const { token, article } = await setup();
    const post = (exact: string, statement: string) =>
      call(createClaim, `/api/v1/articles/${article.id}/claims`, { token, params: { id: article.id }, body: { exact, statement, sourcing: "attributed" } });
    const peskov = (await post('Peskov said: "We have no idea."', "Denial")).body!;
    const bloc = (await post("Perhaps Russia wants a new bloc.", "Bloc")).body!;

    const newText = "UPDATED: " + TEXT.replace("Perhaps Russia wants a new bloc. ", "");
    const res = await call(reviseText, `/api/v1/articles/${article.id}/text`, {
      token,
      method: "PUT",
      params: { id: article.id },
      body: { version: 1, text: newText },
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ article: { revisionNumber: 2, text: newText, version: 2 }, claims: { moved: 1, orphaned: 1, orphanedIds: [bloc.id] } });

    const moved = (await call(getClaim, `/api/v1/claims/${peskov.id}`, { token, params: { id: peskov.id } })).body!;
    expect(newText.slice(moved.selector.start, moved.selector.end)).toBe('Peskov said: "We have no idea."');
    expect(moved.revisionId).toBe(res.body!.article.revisionId);
    const orphan = (await call(getClaim, `/api/v1/claims/${bloc.id}`, { token, params: { id: bloc.id } })).body!;
    expect(orphan).toMatchObject({ orphaned: true, revisionId: article.revisionId, selector: { exact: "Perhaps Russia wants a new bloc." } });

    // Repair: re-select words in the current text.
    const repaired = await call(patchClaim, `/api/v1/claims/${bloc.id}`, {
      token,
      method: "PATCH",
      params: { id: bloc.id },
      body: { version: orphan.version, exact: "Vučić said it twice." },
    });
    expect(repaired.body).toMatchObject({ orphaned: false, revisionId: res.body!.article.revisionId, selector: { exact: "Vučić said it twice." } });

    const stale = await call(reviseText, `/api/v1/articles/${article.id}/text`, {
      token,
      method: "PUT",
      params: { id: article.id },
      body: { version: 1, text: "lost" },
    });
    expect(stale.status).toBe(409);
    const db = await getDb();
    expect(await db.articleRevision.count({ where: { articleId: article.id } })).toBe(2);
  });
});
