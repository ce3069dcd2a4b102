/** Contract of the assistance endpoints: claim suggestions, decisions on them, and claim matches. */
import { afterAll, describe, expect, it } from "vitest";
import { createArticle, createClaim, createProposition } from "@/demo/factories";
import { reviseArticleText } from "@/domain/articles/service";
import { deleteClaim } from "@/domain/claims/service";
import { type Json, tokenFor } from "../support/api";
import { contract } from "../support/contract";
import { itRefusesWithoutCredentialsAndOversizedBodies } from "../support/contract-refusals";
import { makeStoryWithArticle } from "../support/factories";

const owned = ["listClaimSuggestions", "decideClaimSuggestion", "listClaimMatches"] as const;
const c = contract(["listClaimSuggestions", "decideClaimSuggestion", "listClaimMatches"]);
afterAll(() => c.assertEveryStatusCovered());

itRefusesWithoutCredentialsAndOversizedBodies(c, owned);

const TEXT =
  "Perhaps Russia wants to expand its military hegemony into the Balkans. " +
  'Kremlin spokesman Dmitry Peskov said: "We have no idea what the incident is about." ' +
  "The ministry confirmed that 14 diplomats left the country on Monday.";

async function suggestions(token: string, articleId: string) {
  const res = await c.send("listClaimSuggestions", { token, params: { id: articleId } });
  expect(res.status).toBe(200);
  return res.body as { items: Json[]; revisionId: string };
}

/** What a decision sends back of a suggestion. */
const spanOf = (s: Json) => ({
  exact: s.selector.exact as string,
  start: s.selector.start as number,
  end: s.selector.end as number,
  revisionId: s.revisionId as string,
});

describe("GET /api/v1/articles/:id/suggestions", () => {
  it("suggests claims anchored in the current text to anyone signed in; 400 for a bad limit, 404 for an unknown article", async () => {
    const { article } = await makeStoryWithArticle(TEXT);
    const viewer = await tokenFor("viewer");

    const all = await suggestions(viewer.token, article.id);
    expect(all.revisionId).toBe(article.revision.id);
    expect(all.items.length).toBeGreaterThanOrEqual(2);
    for (const s of all.items) {
      expect(TEXT.slice(s.selector.start, s.selector.end)).toBe(s.selector.exact);
      for (const cue of s.cues) expect(TEXT.slice(cue.start, cue.end)).toBe(cue.text);
    }
    expect(all.items.find((s) => s.selector.exact.startsWith("Perhaps"))).toMatchObject({ sourcing: "speculative", cue: "Perhaps" });
    expect(all.items.find((s) => s.selector.exact.startsWith("Kremlin"))).toMatchObject({ sourcing: "attributed", source: "Kremlin spokesman Dmitry Peskov" });

    const one = await c.send("listClaimSuggestions", { token: viewer.token, params: { id: article.id }, query: { limit: "1" } });
    expect(one.status).toBe(200);
    expect(one.body!.items).toEqual(all.items.slice(0, 1));

    for (const [limit, message] of [
      ["0", "must be at least 1"],
      ["501", "must be at most 500"],
      ["1.5", "must be a whole number"],
    ] as const) {
      const bad = await c.send("listClaimSuggestions", { token: viewer.token, params: { id: article.id }, query: { limit } });
      expect(bad.status, limit).toBe(400);
      expect(bad.body!.error.details, limit).toEqual([{ path: "limit", message }]);
    }
    expect((await c.send("listClaimSuggestions", { token: viewer.token, params: { id: "missing" } })).status).toBe(404);
  });
});

describe("POST /api/v1/articles/:id/suggestions/decisions", () => {
  it("rejects (200) and accepts (201) suggestions, which then leave the list", async () => {
    const { article } = await makeStoryWithArticle(TEXT);
    const analyst = await tokenFor("analyst");
    const params = { id: article.id };
    const [first, second] = (await suggestions(analyst.token, article.id)).items;

    const rejected = await c.send("decideClaimSuggestion", { token: analyst.token, params, body: { outcome: "rejected", ...spanOf(first!) } });
    expect(rejected.status).toBe(200);
    expect(rejected.body).toEqual({ outcome: "rejected" });

    const accepted = await c.send("decideClaimSuggestion", {
      token: analyst.token,
      params,
      body: { outcome: "accepted", ...spanOf(second!), statement: second!.statement, sourcing: second!.sourcing, source: second!.source, cue: second!.cue },
    });
    expect(accepted.status).toBe(201);
    expect(accepted.body!.claim).toMatchObject({
      articleId: article.id,
      revisionId: article.revision.id,
      statement: second!.statement,
      sourcing: second!.sourcing,
      status: "draft",
      createdBy: analyst.user.id,
      selector: second!.selector,
    });

    const left = (await suggestions(analyst.token, article.id)).items.map((s) => s.selector.exact);
    expect(left).not.toContain(first!.selector.exact);
    expect(left).not.toContain(second!.selector.exact);
  });

  it("answers 400 naming each bad field, an empty span or words not at those offsets", async () => {
    const { article } = await makeStoryWithArticle(TEXT);
    const analyst = await tokenFor("analyst");
    const params = { id: article.id };
    const [s] = (await suggestions(analyst.token, article.id)).items;
    const span = spanOf(s!);
    const decide = (body: unknown) => c.send("decideClaimSuggestion", { token: analyst.token, params, body });
    const pathsOf = (res: { body: Json | null }) => res.body!.error.details.map((d: { path: string }) => d.path).sort();

    const noOutcome = await decide({ ...span });
    expect(noOutcome.status).toBe(400);
    expect(pathsOf(noOutcome)).toEqual(["outcome"]);

    const badFields = await decide({ outcome: "rejected", ...span, start: -1, revisionId: "", extra: true });
    expect(badFields.status).toBe(400);
    expect(pathsOf(badFields)).toEqual(["(body)", "revisionId", "start"]);
    expect(badFields.body!.error.details).toContainEqual({ path: "start", message: "must be 0 or more" });

    const noStatement = await decide({ outcome: "accepted", ...span, sourcing: "confirmed" });
    expect(noStatement.status).toBe(400);
    expect(pathsOf(noStatement)).toEqual(["statement"]);

    const empty = await decide({ outcome: "rejected", ...span, end: span.start });
    expect(empty.status).toBe(400);
    expect(empty.body!.error.details).toEqual([{ path: "end", message: "must be greater than start" }]);

    const moved = await decide({ outcome: "rejected", ...span, start: span.start + 1, end: span.end + 1 });
    expect(moved.status).toBe(400);
    expect(moved.body!.error.details).toEqual([{ path: "exact", message: `the text at ${span.start + 1}–${span.end + 1} differs` }]);

    // Nothing was remembered: the suggestion is still offered.
    expect((await suggestions(analyst.token, article.id)).items.map((x) => x.selector.exact)).toContain(span.exact);
  });

  it("answers 403 to viewers and to analysts accepting as approved, 404 for an unknown article, 409 after the text changed", async () => {
    const { article, actor: editorActor } = await makeStoryWithArticle(TEXT);
    const viewer = await tokenFor("viewer");
    const analyst = await tokenFor("analyst");
    const editor = await tokenFor("editor");
    const params = { id: article.id };
    const [s] = (await suggestions(viewer.token, article.id)).items;
    const accept = { outcome: "accepted", ...spanOf(s!), statement: s!.statement, sourcing: s!.sourcing };

    const byViewer = await c.send("decideClaimSuggestion", { token: viewer.token, params, body: { outcome: "rejected", ...spanOf(s!) } });
    expect(byViewer.status).toBe(403);
    expect(byViewer.body!.error.code).toBe("forbidden");
    expect((await c.send("decideClaimSuggestion", { token: analyst.token, params, body: { ...accept, status: "approved" } })).status).toBe(403);
    expect((await c.send("decideClaimSuggestion", { token: editor.token, params: { id: "missing" }, body: accept })).status).toBe(404);
    expect((await suggestions(viewer.token, article.id)).items.map((x) => x.selector.exact)).toContain(s!.selector.exact);

    await reviseArticleText(editorActor, article.id, { version: article.version, text: `Update: ${TEXT}` });
    const stale = await c.send("decideClaimSuggestion", { token: editor.token, params, body: accept });
    expect(stale.status).toBe(409);
    expect(stale.body!.error).toMatchObject({
      code: "conflict",
      details: [{ path: "revisionId", message: expect.stringMatching(/^the current revision is /) }],
    });
    const current = await suggestions(viewer.token, article.id);
    expect(stale.body!.error.details[0].message).toBe(`the current revision is ${current.revisionId}`);
    expect(current.revisionId).not.toBe(s!.revisionId);
  });
});

describe("GET /api/v1/claims/:id/matches", () => {
  it("lists claims of other articles and unlinked propositions on the same point; 400 for a bad limit, 404 for an unknown or deleted claim", async () => {
    const { story, article, actor } = await makeStoryWithArticle("Lt.Col. Kleban had contacts with members of the Serbian army, officials said.");
    const second = await createArticle({
      storyId: story.id,
      title: "Second",
      text: "The messenger was the Russian diplomat Georgij Kleban, deputy military attaché. Montenegro has been a NATO member since June 2017.",
    });
    const mine = await createClaim({
      articleId: article.id,
      exact: "Lt.Col. Kleban had contacts with members of the Serbian army",
      statement: "Lt.Col. Kleban had contacts in the Serbian army",
      sourcing: "attributed",
    });
    const theirs = await createClaim({
      articleId: second.id,
      exact: "the Russian diplomat Georgij Kleban, deputy military attaché",
      statement: "The messenger was Russian diplomat Georgij Kleban, deputy military attaché",
      sourcing: "confirmed",
    });
    await createClaim({
      articleId: second.id,
      exact: "Montenegro has been a NATO member since June 2017",
      statement: "Montenegro is in NATO",
      sourcing: "confirmed",
    });
    const proposition = await createProposition({ storyId: story.id, statement: "Kleban had contacts in the Serbian army" });
    const viewer = await tokenFor("viewer");

    const res = await c.send("listClaimMatches", { token: viewer.token, params: { id: mine.id } });
    expect(res.status).toBe(200);
    const items = res.body!.items as Json[];
    expect(items.find((m) => m.claimId === theirs.id)).toMatchObject({ articleId: second.id, sourcing: "confirmed", stance: expect.any(String) });
    expect(items.find((m) => m.claimId === theirs.id)!.reasons.map((r: Json) => r.kind)).toContain("title");
    expect(items.find((m) => m.propositionId === proposition.id)).toMatchObject({ statement: proposition.statement, sourcing: "attributed" });
    expect(items.some((m) => m.statement === "Montenegro is in NATO")).toBe(false);
    const scores = items.map((m) => m.score as number);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));

    const one = await c.send("listClaimMatches", { token: viewer.token, params: { id: mine.id }, query: { limit: "1" } });
    expect(one.status).toBe(200);
    expect(one.body!.items).toEqual(items.slice(0, 1));
    const bad = await c.send("listClaimMatches", { token: viewer.token, params: { id: mine.id }, query: { limit: "51" } });
    expect(bad.status).toBe(400);
    expect(bad.body!.error.details).toEqual([{ path: "limit", message: "must be at most 50" }]);

    expect((await c.send("listClaimMatches", { token: viewer.token, params: { id: "missing" } })).status).toBe(404);
    await deleteClaim(actor, mine.id, { version: mine.version });
    expect((await c.send("listClaimMatches", { token: viewer.token, params: { id: mine.id } })).status).toBe(404);
  });
});
