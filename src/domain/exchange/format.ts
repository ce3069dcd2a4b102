/**
 * The `json` export format, version 1: a lossless, self-contained copy of one story (articles with
 * every text revision, claims anchored to their revisions, propositions with verdicts, links with
 * stances, comments). Ids are the exporting server's; they serve as references inside the file and
 * the importer replaces them. Authors are given by name and email: an import attributes work to the
 * account with that email, and records anyone without an account here as the work's original author.
 */
import { z } from "zod";
import { ArticleMetadata, MAX_ARTICLE_CHARS, PartialIsoDate } from "@/domain/articles/schemas";
import { ReviewStatus, Sourcing, Stance, Verdict } from "@/domain/vocabulary";

export const STORY_FORMAT = "claimboard-story";
export const STORY_FORMAT_VERSION = 1;

const Id = z.string().min(1, "must not be empty").max(64, "must be at most 64 characters");
const PersonName = z.string().max(300, "must be at most 300 characters").nullable();
/** The author's email (files exported before it was included have none). */
const PersonEmail = z.email("must be an email address").max(320, "must be at most 320 characters").nullable().optional();
const Timestamp = z.iso.datetime({ offset: true, message: "must be an ISO 8601 timestamp such as 2020-05-14T09:00:00.000Z" });
const Offset = z.number().int("must be a whole number").min(0, "must be 0 or more");
const RevisionNumber = z.number().int("must be a whole number").min(1, "must be at least 1");
const Statement = z.string().trim().min(1, "must not be empty").max(1000, "must be at most 1000 characters");
const ShortText = z.string().trim().max(300, "must be at most 300 characters");

const Authored = {
  createdBy: PersonName,
  createdByEmail: PersonEmail,
  createdAt: Timestamp,
  updatedAt: Timestamp,
};

export const ExportedComment = z.strictObject({
  id: Id,
  kind: z.enum(["comment", "sent_back"]),
  body: z.string().trim().min(1, "must not be empty").max(10_000, "must be at most 10000 characters"),
  author: PersonName,
  authorEmail: PersonEmail,
  createdAt: Timestamp,
  updatedAt: Timestamp,
});

export const ExportedRevision = z.strictObject({
  number: RevisionNumber,
  text: z.string().min(1, "must not be empty").max(MAX_ARTICLE_CHARS, `must be at most ${MAX_ARTICLE_CHARS} characters`),
  createdBy: PersonName,
  createdByEmail: PersonEmail,
  createdAt: Timestamp,
});

export const ExportedClaim = z.strictObject({
  id: Id,
  /** The number of the article revision the selector refers to. */
  revision: RevisionNumber,
  selector: z.strictObject({
    exact: z.string().min(1, "must not be empty").max(20_000, "must be at most 20000 characters"),
    prefix: z.string().max(1000, "must be at most 1000 characters"),
    suffix: z.string().max(1000, "must be at most 1000 characters"),
    start: Offset,
    end: Offset,
  }),
  orphaned: z.boolean(),
  statement: Statement,
  sourcing: Sourcing,
  source: ShortText,
  cue: ShortText,
  status: ReviewStatus,
  ...Authored,
  comments: z.array(ExportedComment).default([]),
});

export const ExportedArticle = z.strictObject({
  id: Id,
  title: ArticleMetadata.shape.title,
  outlet: z.string().trim().max(200, "must be at most 200 characters"),
  author: z.string().trim().max(300, "must be at most 300 characters"),
  publishedAt: PartialIsoDate.nullable(),
  url: ArticleMetadata.shape.url.unwrap().unwrap().nullable(),
  language: ArticleMetadata.shape.language.unwrap(),
  /** The number of the revision that is the article's text now. */
  currentRevision: RevisionNumber,
  revisions: z.array(ExportedRevision).min(1, "must hold at least the current revision"),
  claims: z.array(ExportedClaim),
  ...Authored,
});

export const ExportedLink = z.strictObject({
  id: Id,
  claimId: Id,
  stance: Stance,
  note: z.string().trim().max(1000, "must be at most 1000 characters"),
  status: ReviewStatus,
  ...Authored,
  comments: z.array(ExportedComment).default([]),
});

export const ExportedProposition = z.strictObject({
  id: Id,
  statement: Statement,
  verdict: Verdict.nullable(),
  rationale: z.string().trim().max(5000, "must be at most 5000 characters"),
  /** Who gave the verdict and when, for information (the ClaimReview export publishes them). */
  verdictGivenBy: PersonName,
  verdictGivenAt: Timestamp.nullable(),
  ...Authored,
  links: z.array(ExportedLink),
  comments: z.array(ExportedComment).default([]),
});

export const StoryExport = z.strictObject({
  format: z.literal(STORY_FORMAT),
  formatVersion: z.literal(STORY_FORMAT_VERSION),
  exportedAt: Timestamp,
  exportedBy: PersonName,
  /** Where the file comes from (informational). */
  source: z.strictObject({ app: z.string().max(100), storyId: Id, url: z.string().max(2000).nullable() }),
  story: z.strictObject({
    id: Id,
    title: z.string().trim().min(1, "must not be empty").max(300, "must be at most 300 characters"),
    description: z.string().trim().max(5000, "must be at most 5000 characters"),
    ...Authored,
  }),
  articles: z.array(ExportedArticle),
  propositions: z.array(ExportedProposition),
});

export type StoryExport = z.infer<typeof StoryExport>;
export type ExportedArticle = z.infer<typeof ExportedArticle>;
export type ExportedClaim = z.infer<typeof ExportedClaim>;
export type ExportedProposition = z.infer<typeof ExportedProposition>;
export type ExportedLink = z.infer<typeof ExportedLink>;
export type ExportedComment = z.infer<typeof ExportedComment>;
