/**
 * The shape of a synthetic story: how many propositions, and what share of claims is linked.
 * A proposition per two claims of an article, so that each proposition is spoken to by a few claims
 * of many articles (agreements, divergences and only-ins all occur), as in a real story.
 */
export function storyShape(articles: number, perArticle: number) {
  return { articles, perArticle, propositions: Math.max(3, Math.round(perArticle / 2)), linkShare: 0.7 };
}
