import type { ArticleFields } from "@/domain/articles/fields";
import type { ReviewStatus, Sourcing, Stance, Verdict } from "@/domain/vocabulary";

/** Which demo account recorded a piece of demo content. */
export type DemoAuthor = "editor" | "analyst";

/** An article's descriptive fields (publishedAt: ISO 8601, possibly partial, or null), its key and file. */
export interface DemoArticle extends ArticleFields {
  key: string;
  /** File name in src/demo/articles/. */
  file: string;
}

export interface DemoClaim {
  key: string;
  article: string;
  /** The exact words in the article text. Must occur exactly once, or be disambiguated by prefix/suffix. */
  exact: string;
  prefix?: string;
  suffix?: string;
  statement: string;
  sourcing: Sourcing;
  source: string;
  cue: string;
  status: ReviewStatus;
  author: DemoAuthor;
}

export interface DemoLink {
  claim: string;
  stance: Stance;
  note?: string;
}

export interface DemoProposition {
  key: string;
  statement: string;
  verdict?: Verdict;
  rationale?: string;
  links: DemoLink[];
}

export interface DemoStory {
  title: string;
  description: string;
  articles: DemoArticle[];
  claims: DemoClaim[];
  propositions: DemoProposition[];
}
