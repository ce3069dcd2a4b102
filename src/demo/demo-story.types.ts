import type { ReviewStatus, Sourcing, Stance, Verdict } from "@/domain/vocabulary";

/** Which demo account recorded a piece of demo content. */
export type DemoAuthor = "editor" | "analyst";

export interface DemoArticle {
  key: string;
  /** File name in src/demo/articles/. */
  file: string;
  title: string;
  outlet: string;
  author: string;
  /** ISO 8601, possibly partial ("2020-05"); null when the article gives no date. */
  publishedAt: string | null;
  url: string | null;
  language: string;
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
