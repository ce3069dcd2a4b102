/** The sentences of synthetic articles: each one unique, so a claim's quote anchors exactly. */
export function sentence(article: number, i: number) {
  return `Article ${article} reports that fact number ${i} happened as described by its sources.`;
}
