/**
 * The `claimreview` export: schema.org ClaimReview (JSON-LD) for every proposition with a verdict,
 * as fact-check publishers and search engines read it. The rating scale runs from 1 (false) to 5
 * (true); "misleading" and "unproven" are not points on that scale, so they carry only their name
 * (`alternateName`) with the scale's bounds. The reviewed Claim's `appearance` lists the articles
 * whose claims support the proposition.
 */
import type { Verdict } from "@/domain/vocabulary";
import type { ExportedArticle, StoryExport } from "./format";

export const verdictLabel: Record<Verdict, string> = {
  true: "True",
  mostly_true: "Mostly true",
  mixed: "Mixed",
  mostly_false: "Mostly false",
  false: "False",
  misleading: "Misleading",
  unproven: "Unproven",
};

const ratingValue: Partial<Record<Verdict, number>> = { false: 1, mostly_false: 2, mixed: 3, mostly_true: 4, true: 5 };
export const WORST_RATING = 1;
export const BEST_RATING = 5;

type Json = Record<string, unknown>;

function appearance(article: ExportedArticle): Json {
  return {
    "@type": "NewsArticle",
    headline: article.title,
    ...(article.url && { url: article.url }),
    ...(article.author && { author: { "@type": "Person", name: article.author } }),
    ...(article.outlet && { publisher: { "@type": "Organization", name: article.outlet } }),
    ...(article.publishedAt && { datePublished: article.publishedAt }),
    inLanguage: article.language,
  };
}

export function storyToClaimReviews(doc: StoryExport, baseUrl: string): Json {
  const articleOfClaim = new Map<string, ExportedArticle>();
  for (const a of doc.articles) for (const c of a.claims) articleOfClaim.set(c.id, a);

  const reviews = doc.propositions.flatMap((p) => {
    if (!p.verdict) return [];
    const supporting = new Map<string, ExportedArticle>();
    for (const link of p.links) {
      const article = articleOfClaim.get(link.claimId);
      if (article && link.stance === "supports") supporting.set(article.id, article);
    }
    const value = ratingValue[p.verdict];
    const author = p.verdictGivenBy ? { "@type": "Person", name: p.verdictGivenBy } : { "@type": "Organization", name: "Claimboard", url: baseUrl };
    return [
      {
        "@type": "ClaimReview",
        url: `${baseUrl}/stories/${doc.story.id}#proposition-${p.id}`,
        claimReviewed: p.statement,
        datePublished: (p.verdictGivenAt ?? p.updatedAt).slice(0, 10),
        author,
        reviewRating: {
          "@type": "Rating",
          alternateName: verdictLabel[p.verdict],
          ...(value !== undefined && { ratingValue: value }),
          bestRating: BEST_RATING,
          worstRating: WORST_RATING,
          ...(p.rationale && { ratingExplanation: p.rationale }),
        },
        itemReviewed: {
          "@type": "Claim",
          name: p.statement,
          appearance: [...supporting.values()].map(appearance),
        },
      },
    ];
  });
  return { "@context": "https://schema.org", "@graph": reviews };
}
