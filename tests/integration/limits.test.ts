/** The stated limits (docs/limits.md): body size, article length, and the same for imported pages. */
import { describe, expect, it } from "vitest";
import { MAX_ARTICLE_CHARS } from "@/domain/articles/schemas";
import { MAX_JSON_BODY_BYTES } from "@/server/http/route";
import { POST as createStory } from "../../app/api/v1/stories/route";
import { POST as createArticle } from "../../app/api/v1/stories/[id]/articles/route";
import { PUT as reviseText } from "../../app/api/v1/articles/[id]/text/route";
import { call, tokenFor } from "../support/api";
import { makeStoryWithArticle } from "../support/factories";
import { scopedFingerprint } from "../support/scoped-rows";

describe("limits", () => {
  it("refuses a body over 2 MiB with 413 in the error shape, by its length or by its declared length", async () => {
    const { token } = await tokenFor("editor");
    const big = JSON.stringify({ title: "T", description: "x".repeat(MAX_JSON_BODY_BYTES) });
    const res = await call(createStory, "/api/v1/stories", { token, rawBody: big });
    expect(res.status).toBe(413);
    expect(res.body).toMatchObject({ error: { code: "payload_too_large", message: expect.stringMatching(/2 MiB/) } });
    const declared = await call(createStory, "/api/v1/stories", { token, rawBody: "{}", headers: { "content-length": String(MAX_JSON_BODY_BYTES + 1) } });
    expect(declared.status).toBe(413);
    // Multi-byte characters count as bytes, not characters.
    const wide = JSON.stringify({ title: "T", description: "é".repeat(MAX_JSON_BODY_BYTES / 2 + 10) });
    expect((await call(createStory, "/api/v1/stories", { token, rawBody: wide })).status).toBe(413);
  });

  it(`refuses article text over ${MAX_ARTICLE_CHARS.toLocaleString("en")} characters, on create and on revision`, async () => {
    const { token } = await tokenFor("editor");
    const { story, article } = await makeStoryWithArticle();
    const scope = { storyIds: [story.id], userIds: [], articleIds: [article.id] };
    const before = await scopedFingerprint(scope);
    const long = "word ".repeat(MAX_ARTICLE_CHARS / 5) + "x";
    const created = await call(createArticle, "/", { token, params: { id: story.id }, body: { title: "Long", text: long } });
    expect(created.status).toBe(400);
    expect(created.body!.error.details).toEqual([{ path: "text", message: "must be at most 200,000 characters" }]);
    const revised = await call(reviseText, "/", { token, method: "PUT", params: { id: article.id }, body: { version: 1, text: long } });
    expect(revised.status).toBe(400);
    expect(await scopedFingerprint(scope)).toEqual(before);
    const fits = await call(createArticle, "/", { token, params: { id: story.id }, body: { title: "Fits", text: long.slice(0, MAX_ARTICLE_CHARS) } });
    expect(fits.status).toBe(201);
  });

  it("holds an imported page to the same limits as pasted text", async () => {
    const { token } = await tokenFor("editor");
    const { story, article } = await makeStoryWithArticle();
    const scope = { storyIds: [story.id], userIds: [], articleIds: [article.id] };
    const before = await scopedFingerprint(scope);
    const paragraphs = Array.from({ length: 1200 }, (_, i) => `<p>Paragraph ${i} ${"says something about the bridge ".repeat(6)}</p>`).join("");
    const longText = await call(createArticle, "/", {
      token,
      params: { id: story.id },
      body: { title: "Huge page", html: `<html><body><article>${paragraphs}</article></body></html>` },
    });
    expect(longText.status).toBe(400);
    expect(longText.body!.error.details).toEqual([{ path: "text", message: "must be at most 200,000 characters" }]);
    const longTitle = await call(createArticle, "/", {
      token,
      params: { id: story.id },
      body: { html: `<html><head><title>${"T".repeat(5000)}</title></head><body><article><p>Some text of the article here.</p></article></body></html>` },
    });
    expect(longTitle.status).toBe(400);
    expect(longTitle.body!.error.details).toEqual([{ path: "title", message: "must be at most 500 characters" }]);
    expect(await scopedFingerprint(scope)).toEqual(before);
  });
});
