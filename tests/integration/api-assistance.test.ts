import { describe, expect, it } from "vitest";
import { POST as createStory } from "../../app/api/v1/stories/route";
import { POST as createArticle } from "../../app/api/v1/stories/[id]/articles/route";
import { GET as articleClaims, POST as createClaim } from "../../app/api/v1/articles/[id]/claims/route";
import { GET as listSuggestions } from "../../app/api/v1/articles/[id]/suggestions/route";
import { POST as decide } from "../../app/api/v1/articles/[id]/suggestions/decisions/route";
import { GET as listMatches } from "../../app/api/v1/claims/[id]/matches/route";
import { call, type Json, tokenFor } from "../support/api";

const FIRST =
  "On several occasions, Serbian security agencies gathered evidence of contacts between Lt.Col. Kleban and members of the Serbian army. " +
  "Perhaps Russia wants to expand its military hegemony into the Balkans. " +
  'Kremlin spokesman Dmitry Peskov said: "We have no idea what the incident is about."';
const SECOND =
  "Serbian President Aleksandar Vučić confirmed that the messenger was the Russian diplomat Georgij Kleban, deputy military attaché at the embassy. " +
  "Montenegro has been a NATO member since June 2017.";

async function setup() {
  const { token } = await tokenFor("analyst");
  const story = await call(createStory, "/api/v1/stories", { token, body: { title: "Spies" } });
  const add = (text: string, title: string) =>
    call(createArticle, `/api/v1/stories/${story.body!.id}/articles`, { token, params: { id: story.body!.id }, body: { title, outlet: "Daily", text } });
  const a = (await add(FIRST, "One")).body!;
  const b = (await add(SECOND, "Two")).body!;
  return { token, a, b };
}

const suggestionsOf = async (token: string, articleId: string) => {
  const res = await call(listSuggestions, `/api/v1/articles/${articleId}/suggestions`, { token, params: { id: articleId } });
  expect(res.status).toBe(200);
  return res.body!.items as Json[];
};

describe("claim suggestions", () => {
  it("proposes hedged, attributed and asserted sentences with selectors and cue offsets", async () => {
    const { token, a } = await setup();
    const items = await suggestionsOf(token, a.id);
    const hedged = items.find((s) => s.selector.exact.startsWith("Perhaps"))!;
    expect(hedged).toMatchObject({ sourcing: "speculative", cue: "Perhaps", source: "the author", revisionId: a.revisionId });
    const quoted = items.find((s) => s.selector.exact.startsWith("Kremlin"))!;
    expect(quoted).toMatchObject({ sourcing: "attributed", source: "Kremlin spokesman Dmitry Peskov", cue: "said" });
    expect(FIRST.slice(quoted.selector.start, quoted.selector.end)).toBe(quoted.selector.exact);
    expect(FIRST.slice(quoted.cues[0].start, quoted.cues[0].end)).toBe("said");
  });

  it("remembers rejections, accepts through the claims service, and never overlaps a claim", async () => {
    const { token, a } = await setup();
    const [first, second] = await suggestionsOf(token, a.id);
    const span = (s: Json) => ({ exact: s.selector.exact, start: s.selector.start, end: s.selector.end, revisionId: s.revisionId });
    const rejected = await call(decide, "x", { token, params: { id: a.id }, body: { outcome: "rejected", ...span(first!) } });
    expect(rejected.status).toBe(200);
    const accepted = await call(decide, "x", {
      token,
      params: { id: a.id },
      body: { outcome: "accepted", ...span(second!), statement: "A claim", sourcing: second!.sourcing, source: second!.source, cue: second!.cue },
    });
    expect(accepted.status).toBe(201);
    expect(accepted.body!.claim).toMatchObject({ statement: "A claim", sourcing: second!.sourcing, selector: { exact: second!.selector.exact } });
    const left = (await suggestionsOf(token, a.id)).map((s) => s.selector.exact);
    expect(left).not.toContain(first!.selector.exact);
    expect(left).not.toContain(second!.selector.exact);

    const wrong = await call(decide, "x", { token, params: { id: a.id }, body: { outcome: "rejected", ...span(first!), start: 1 } });
    expect(wrong.status).toBe(400);
    expect(wrong.body!.error.details[0].path).toBe("exact");
    const stale = await call(decide, "x", { token, params: { id: a.id }, body: { outcome: "rejected", ...span(first!), revisionId: "old" } });
    expect(stale.status).toBe(409);

    // Decided once: a second accept (double click) or a reject after the accept is a 409, and no
    // duplicate claim is recorded.
    const again = await call(decide, "x", {
      token,
      params: { id: a.id },
      body: { outcome: "accepted", ...span(second!), statement: "A claim", sourcing: second!.sourcing },
    });
    expect(again.status).toBe(409);
    expect(again.body!.error.message).toMatch(/already accepted/);
    expect((await call(decide, "x", { token, params: { id: a.id }, body: { outcome: "rejected", ...span(second!) } })).status).toBe(409);
    expect((await call(articleClaims, "x", { token, params: { id: a.id } })).body!.items.filter((c: Json) => c.statement === "A claim")).toHaveLength(1);
  });

  it("lets viewers read suggestions but not decide; unknown articles are 404", async () => {
    const { token, a } = await setup();
    const viewer = await tokenFor("viewer");
    const [s] = await suggestionsOf(viewer.token, a.id);
    const refused = await call(decide, "x", {
      token: viewer.token,
      params: { id: a.id },
      body: { outcome: "rejected", exact: s!.selector.exact, start: s!.selector.start, end: s!.selector.end, revisionId: s!.revisionId },
    });
    expect(refused.status).toBe(403);
    const missing = await call(listSuggestions, "x", { token, params: { id: "nope" } });
    expect(missing.status).toBe(404);
    const badLimit = await call(listSuggestions, "/api/v1/articles/x/suggestions?limit=0", { token, params: { id: a.id } });
    expect(badLimit.status).toBe(400);
  });
});

describe("match suggestions", () => {
  it("ranks the other article's Kleban claim with the title divergence named", async () => {
    const { token, a, b } = await setup();
    const claim = (articleId: string, exact: string, statement: string, sourcing: string) =>
      call(createClaim, "x", { token, params: { id: articleId }, body: { exact, statement, sourcing } });
    const mine = (
      await claim(a.id, "contacts between Lt.Col. Kleban and members of the Serbian army", "Lt.Col. Kleban had contacts in the Serbian army", "attributed")
    ).body!;
    await claim(
      b.id,
      "the messenger was the Russian diplomat Georgij Kleban, deputy military attaché",
      "The messenger was Russian diplomat Georgij Kleban, deputy military attaché",
      "confirmed",
    );
    await claim(b.id, "Montenegro has been a NATO member since June 2017", "Montenegro is in NATO", "confirmed");
    const res = await call(listMatches, "x", { token, params: { id: mine.id } });
    expect(res.status).toBe(200);
    const [top] = res.body!.items as Json[];
    expect(top).toMatchObject({ articleId: b.id, stance: "supports", sourcing: "confirmed" });
    expect(top!.reasons.map((r: Json) => r.kind)).toContain("title");
    expect(top!.reasonText).toMatch(/Kleban/);
    expect(res.body!.items.some((i: Json) => i.statement === "Montenegro is in NATO")).toBe(false);
    const missing = await call(listMatches, "x", { token, params: { id: "nope" } });
    expect(missing.status).toBe(404);
  });
});
