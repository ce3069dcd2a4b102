import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as exportStory } from "../../app/api/v1/stories/[id]/export/route";
import { StoryExport } from "@/domain/exchange/format";
import { demoStory } from "@/demo/demo-story";
import { tokenFor } from "../support/api";
import { callRaw, seedRichDemoStory } from "../support/exchange";
import { failedMusts, loadMustAssertions } from "../support/web-annotation-suite";

type J = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

let storyId: string;
let orphanedClaimId: string;
let viewer: string;

beforeAll(async () => {
  const seeded = await seedRichDemoStory();
  storyId = seeded.story.id;
  orphanedClaimId = seeded.orphanedClaimId;
  viewer = (await tokenFor("viewer")).token;
});

const get = (format: string, token: string | null = viewer, id = storyId) =>
  callRaw(exportStory, `/api/v1/stories/${id}/export?format=${format}`, { token: token ?? undefined, params: { id } });

describe("GET /api/v1/stories/:id/export", () => {
  it("json: lossless and versioned, with revisions, orphaned claims, verdicts and comments; viewers may export", async () => {
    const res = await get("json");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^application\/json/);
    expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="russian-espionage-affair-in-serbia-2019-2020\.claimboard\.json"$/);
    const doc = StoryExport.parse(JSON.parse(res.text));
    expect(doc).toMatchObject({ format: "claimboard-story", formatVersion: 1, story: { id: storyId, title: demoStory.title } });
    const [first, second] = doc.articles;
    expect(first!.revisions.map((r) => r.number)).toEqual([1, 2]);
    expect(first!.currentRevision).toBe(2);
    expect(second!.revisions).toHaveLength(1);
    const orphan = first!.claims.find((c) => c.id === orphanedClaimId)!;
    expect(orphan).toMatchObject({ orphaned: true, revision: 1 });
    expect(first!.claims.filter((c) => !c.orphaned).every((c) => c.revision === 2)).toBe(true);
    expect(doc.articles.flatMap((a) => a.claims)).toHaveLength(demoStory.claims.length);
    expect(doc.propositions.filter((p) => p.verdict).map((p) => p.verdict)).toEqual(demoStory.propositions.filter((p) => p.verdict).map((p) => p.verdict));
    expect(doc.propositions.flatMap((p) => p.links)).toHaveLength(demoStory.propositions.reduce((n, p) => n + p.links.length, 0));
    const comments = [...doc.articles.flatMap((a) => a.claims), ...doc.propositions, ...doc.propositions.flatMap((p) => p.links)].flatMap((x) => x.comments);
    expect(comments.map((c) => [c.kind, c.body]).sort()).toEqual([
      ["comment", "Both outlets agree."],
      ["comment", 'Is "perhaps" the cue here?'],
      ["sent_back", "Check the stance, please."],
    ]);
    expect(comments.every((c) => c.author?.startsWith("Test "))).toBe(true);
  });

  it("csv: text/csv, one row per claim", async () => {
    const res = await get("csv");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/csv; charset=utf-8/);
    const rows = parse(res.text, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(demoStory.claims.length);
    expect(rows.every((r) => r.story === demoStory.title)).toBe(true);
    expect(rows.some((r) => /Vu[čc]i[ćc]/.test(r.quote ?? ""))).toBe(true);
  });

  it("w3c: every annotation of the demo story passes every MUST assertion of the W3C suite", async () => {
    const res = await get("w3c");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^application\/ld\+json/);
    const collection = JSON.parse(res.text) as J;
    const items = collection.first.items as J[];
    expect(items.length).toBe(collection.total);
    expect(items.filter((a) => a.motivation === "linking")).toHaveLength(demoStory.propositions.reduce((n, p) => n + p.links.length, 0));
    const musts = loadMustAssertions();
    for (const annotation of items) expect(failedMusts(musts, annotation), annotation.id).toEqual([]);
  });

  it("claimreview: one review per proposition with a verdict, authored by whoever gave it", async () => {
    const res = await get("claimreview");
    expect(res.status).toBe(200);
    const graph = (JSON.parse(res.text) as J)["@graph"] as J[];
    expect(graph).toHaveLength(demoStory.propositions.filter((p) => p.verdict).length);
    for (const review of graph) {
      expect(review).toMatchObject({
        "@type": "ClaimReview",
        reviewRating: { alternateName: expect.any(String), bestRating: 5, worstRating: 1 },
        itemReviewed: { "@type": "Claim" },
      });
      expect(review.author.name).toMatch(/^Test editor$/);
      expect(review.itemReviewed.appearance.length).toBeGreaterThan(0);
    }
  });

  it("refuses without a token (401), an unknown story (404) and an unknown format (400)", async () => {
    expect((await get("json", null)).status).toBe(401);
    const missing = await get("json", viewer, "no-such-story");
    expect(missing.status).toBe(404);
    expect(JSON.parse(missing.text).error.code).toBe("not_found");
    const bad = await get("xml");
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.text).error.details).toEqual([{ path: "format", message: "must be one of json, csv, w3c, claimreview, pdf" }]);
  });
});

// Issue 14: the JSON and JSON-LD exports carried `</script>` unescaped.
describe("exports that can be pasted into a <script> element", () => {
  it("json, w3c and claimreview write < > & and U+2028 as \\u escapes, and read back the same", async () => {
    const { getDb } = await import("@/data/db");
    const db = await getDb();
    const hostile = "Closed</script><script>alert(1)</script><!-- & > \u2028";
    const proposition = await db.proposition.findFirstOrThrow({ where: { storyId, verdict: { not: null }, deletedAt: null } });
    await db.proposition.update({ where: { id: proposition.id }, data: { statement: hostile, rationale: hostile } });
    const claim = await db.claim.findFirstOrThrow({ where: { storyId, deletedAt: null } });
    await db.claim.update({ where: { id: claim.id }, data: { statement: hostile } });
    for (const format of ["json", "w3c", "claimreview"]) {
      const res = await get(format);
      expect(res.status, format).toBe(200);
      expect(res.text, format).not.toMatch(/[<>&\u2028]/);
      expect(res.text, format).toContain("\\u003c/script\\u003e");
      expect(JSON.stringify(JSON.parse(res.text)), format).toContain(JSON.stringify(hostile).slice(1, -1));
    }
  });
});
