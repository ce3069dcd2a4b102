/**
 * An article's descriptive fields (docs/contract/API.md): written once here and picked from any row
 * or record that has them, for answers, audit entries, exports and the seed.
 */
import type { ArticleFields } from "@/data/articles";
import { pick } from "@/domain/versioned/pick";

export type { ArticleFields };

export const ARTICLE_FIELDS = ["title", "outlet", "author", "publishedAt", "url", "language"] as const satisfies readonly (keyof ArticleFields)[];

/** Only the article's descriptive fields of a larger row. */
export function pickArticleFields(a: ArticleFields): ArticleFields {
  return pick(a, ARTICLE_FIELDS);
}
