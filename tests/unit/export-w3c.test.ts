import { beforeAll, describe, expect, it } from "vitest";
import { StoryExport } from "@/domain/exchange/format";
import { storyToWebAnnotations } from "@/domain/exchange/w3c-export";
import { demoStoryExport } from "../support/demo-export";
import { failedMusts, loadMustAssertions, type MustAssertion, sampleAnnotations } from "../support/web-annotation-suite";

const BASE = "http://localhost:3000";
let musts: MustAssertion[];
beforeAll(() => {
  musts = loadMustAssertions();
});

type Anno = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const itemsOf = (collection: Record<string, unknown>) => ((collection.first as Anno | undefined)?.items ?? []) as Anno[];

describe("W3C Web Annotation test suite harness", () => {
  it("loads every MUST assertion of the suite", () => {
    expect(musts.length).toBe(54);
  });

  it("passes the suite's correct annotation samples and fails at least one MUST on nearly all incorrect ones", () => {
    // The suite's "Choice or Set" definition lists only Choice, so its own Composite, List and
    // Independents samples fail 3.2-targetObjectsRecognized; Claimboard exports none of those.
    const knownSuiteGaps = new Set(["anno11.json", "anno12.json", "anno13.json"]);
    const correct = sampleAnnotations("correct").filter((s) => (s.data as Anno).type === "Annotation" && !knownSuiteGaps.has(s.file));
    expect(correct.length).toBeGreaterThan(30);
    for (const sample of correct) expect(failedMusts(musts, sample.data), sample.file).toEqual([]);
    const incorrect = sampleAnnotations("incorrect");
    const failing = incorrect.filter((s) => failedMusts(musts, s.data).length > 0);
    expect(failing.length).toBeGreaterThanOrEqual(incorrect.length - 1);
  });

  it("fails an annotation that breaks a MUST (body and bodyValue together, a bad selector)", () => {
    expect(
      failedMusts(musts, {
        "@context": "http://www.w3.org/ns/anno.jsonld",
        id: "http://x/1",
        type: "Annotation",
        body: "http://x/b",
        bodyValue: "v",
        target: "http://x/t",
      }),
    ).toEqual([expect.stringContaining("3.2.5-notBodyBodyValue")]);
    const badSelector = {
      "@context": "http://www.w3.org/ns/anno.jsonld",
      id: "http://x/1",
      type: "Annotation",
      target: { source: "http://x/t", selector: { type: "TextPositionSelector", start: "zero" } },
    };
    expect(failedMusts(musts, badSelector).length).toBeGreaterThan(0);
  });
});

describe("w3c export", () => {
  it("passes every MUST assertion for every annotation of the demo story", () => {
    const doc = StoryExport.parse(demoStoryExport());
    const collection = storyToWebAnnotations(doc, BASE);
    const items = itemsOf(collection);
    const claims = doc.articles.flatMap((a) => a.claims).length;
    const links = doc.propositions.flatMap((p) => p.links).length;
    expect(items).toHaveLength(claims + links);
    expect(collection).toMatchObject({ "@context": "http://www.w3.org/ns/anno.jsonld", type: "AnnotationCollection", total: claims + links });
    for (const annotation of items) expect(failedMusts(musts, annotation), annotation.id).toEqual([]);
  });

  it("gives each claim TextQuote and TextPosition selectors, its statement and sourcing in bodies", () => {
    const doc = demoStoryExport();
    const claim = doc.articles[1]!.claims.find((c) => c.source.includes("Peskov")) ?? doc.articles[1]!.claims[0]!;
    const annotation = itemsOf(storyToWebAnnotations(doc, BASE)).find((a) => a.id === `${BASE}/api/v1/claims/${claim.id}`)!;
    expect(annotation.target.source).toBe(`${BASE}/api/v1/articles/${doc.articles[1]!.id}`);
    expect(annotation.target.selector).toEqual([
      { type: "TextQuoteSelector", exact: claim.selector.exact, prefix: claim.selector.prefix, suffix: claim.selector.suffix },
      { type: "TextPositionSelector", start: claim.selector.start, end: claim.selector.end },
    ]);
    const text = doc.articles[1]!.revisions[0]!.text;
    expect(text.slice(annotation.target.selector[1].start, annotation.target.selector[1].end)).toBe(annotation.target.selector[0].exact);
    expect(annotation.body).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ type: "TextualBody", purpose: "describing", value: claim.statement }),
        expect.objectContaining({ type: "TextualBody", purpose: "classifying", value: claim.sourcing }),
      ]),
    );
  });

  it("relates each link's claim and proposition with the stance", () => {
    const doc = demoStoryExport();
    const proposition = doc.propositions.find((p) => p.links.some((l) => l.stance === "contradicts"))!;
    const link = proposition.links.find((l) => l.stance === "contradicts")!;
    const annotation = itemsOf(storyToWebAnnotations(doc, BASE)).find((a) => a.id === `${BASE}/api/v1/links/${link.id}`)!;
    expect(annotation).toMatchObject({ motivation: "linking", target: `${BASE}/api/v1/claims/${link.claimId}` });
    expect(annotation.body).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: `${BASE}/api/v1/propositions/${proposition.id}`, type: "Text" }),
        expect.objectContaining({ purpose: "describing", value: proposition.statement }),
        expect.objectContaining({ purpose: "classifying", value: "contradicts" }),
      ]),
    );
  });

  it("stays conformant for an orphaned claim on an older revision, and for a story without claims", () => {
    const doc = demoStoryExport();
    const article = doc.articles[0]!;
    article.revisions.push({ number: 2, text: "A rewritten text.", createdBy: null, createdAt: "2026-02-01T00:00:00.000Z" });
    article.currentRevision = 2;
    for (const claim of article.claims) claim.orphaned = true;
    article.url = "https://example.org/glaring-realities";
    const items = itemsOf(storyToWebAnnotations(doc, BASE));
    for (const annotation of items) expect(failedMusts(musts, annotation), annotation.id).toEqual([]);
    const first = items[0]!;
    expect(first.target).toMatchObject({
      state: { type: "TimeState", sourceDate: "2026-01-15T10:00:00.000Z" },
      scope: "https://example.org/glaring-realities",
    });
    const empty = storyToWebAnnotations({ ...doc, articles: [], propositions: [] }, BASE);
    expect(empty).toMatchObject({ type: "AnnotationCollection", total: 0 });
    expect(empty.first).toBeUndefined();
  });
});
