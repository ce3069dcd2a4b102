import { describe, expect, it } from "vitest";
import { storyToClaimReviews } from "@/domain/exchange/claimreview-export";
import { demoStoryExport } from "../support/demo-export";

type J = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe("claimreview export", () => {
  it("publishes one ClaimReview per proposition with a verdict, with every required field", () => {
    const doc = demoStoryExport();
    const out = storyToClaimReviews(doc, "https://claims.example.org") as J;
    expect(out["@context"]).toBe("https://schema.org");
    const withVerdict = doc.propositions.filter((p) => p.verdict);
    expect(out["@graph"]).toHaveLength(withVerdict.length);
    const [review] = out["@graph"] as J[];
    const p = withVerdict[0]!;
    expect(review).toMatchObject({
      "@type": "ClaimReview",
      url: `https://claims.example.org/stories/${doc.story.id}#proposition-${p.id}`,
      claimReviewed: p.statement,
      datePublished: "2026-01-15",
      author: { "@type": "Person", name: "Demo Editor" },
      reviewRating: { "@type": "Rating", alternateName: "True", ratingValue: 5, bestRating: 5, worstRating: 1, ratingExplanation: p.rationale },
      itemReviewed: { "@type": "Claim", name: p.statement },
    });
  });

  it("lists the articles whose claims support the proposition as the claim's appearances", () => {
    const doc = demoStoryExport();
    doc.articles[0]!.url = "https://example.org/glaring";
    doc.articles[0]!.outlet = "Example Weekly";
    const review = (storyToClaimReviews(doc, "http://x") as J)["@graph"][0] as J;
    expect(review.itemReviewed.appearance).toEqual([
      {
        "@type": "NewsArticle",
        headline: "Glaring Realities",
        url: "https://example.org/glaring",
        author: { "@type": "Person", name: "Muhammad Omar Iftikhar" },
        publisher: { "@type": "Organization", name: "Example Weekly" },
        datePublished: "2020-05",
        inLanguage: "en",
      },
      { "@type": "NewsArticle", headline: "How Putin is spying on his Serb allies", inLanguage: "en" },
    ]);
  });

  it("rates on a 1–5 scale, and names verdicts that are not on it without a value", () => {
    const doc = demoStoryExport();
    const ratings = (["false", "mostly_false", "mixed", "mostly_true", "true", "misleading", "unproven"] as const).map((verdict) => {
      doc.propositions[0]!.verdict = verdict;
      return ((storyToClaimReviews(doc, "http://x") as J)["@graph"][0] as J).reviewRating;
    });
    expect(ratings.map((r) => [r.alternateName, r.ratingValue])).toEqual([
      ["False", 1],
      ["Mostly false", 2],
      ["Mixed", 3],
      ["Mostly true", 4],
      ["True", 5],
      ["Misleading", undefined],
      ["Unproven", undefined],
    ]);
    for (const r of ratings) expect(r).toMatchObject({ bestRating: 5, worstRating: 1 });
  });

  it("publishes nothing for a story without verdicts", () => {
    const doc = demoStoryExport();
    for (const p of doc.propositions) p.verdict = null;
    expect((storyToClaimReviews(doc, "http://x") as J)["@graph"]).toEqual([]);
  });
});
