import { z } from "zod";
import { Id, IsoDateTime } from "@/domain/api-shapes";

export const ChangesQuery = z.strictObject({
  since: Id.optional().meta({ description: "The revision to compare the current text with; by default the one before the current." }),
});

const CHANGE_KINDS = ["unchanged", "moved", "reworded", "rehedged", "reattributed", "orphaned"] as const;

const SpanSchema = z
  .object({ revisionId: Id, start: z.number().int().min(0), end: z.number().int().min(0), exact: z.string() })
  .meta({ id: "ClaimSpan", description: "Where the claim's words are in that revision (UTF-16 offsets, end exclusive)." });

const CueChangeSchema = z.object({
  gained: z.array(z.string()),
  lost: z.array(z.string()),
});

export const ClaimChangeSchema = z
  .object({
    claimId: Id,
    statement: z.string(),
    kind: z.enum(CHANGE_KINDS).meta({
      description:
        "unchanged; moved (same words elsewhere); reworded (words changed, same cues); rehedged (a hedge gained or lost); reattributed (a reporting or confirming verb, or a speaker's name, gained or lost); orphaned (its words are gone).",
    }),
    before: SpanSchema,
    after: SpanSchema.nullable().meta({ description: "Null when orphaned." }),
    hedges: CueChangeSchema.meta({ description: 'Hedge cues in the claim\'s sentence gained and lost ("may", "reportedly").' }),
    attribution: CueChangeSchema.meta({ description: 'Reporting and confirming cues and speakers\' names gained and lost ("said", "confirmed", "Peskov").' }),
  })
  .meta({ id: "ClaimChange" });

const RevisionRefSchema = z.object({ revisionId: Id, number: z.number().int().min(1), createdAt: IsoDateTime });

export const TextDiffSchema = z
  .array(z.object({ op: z.enum(["equal", "insert", "delete"]), text: z.string() }))
  .meta({ id: "TextDiff", description: "The article's text from `since` to `current`, as runs of kept, inserted and deleted text." });

export const ArticleChangesSchema = z
  .object({
    articleId: Id,
    since: RevisionRefSchema,
    current: RevisionRefSchema,
    revisions: z.array(RevisionRefSchema).meta({ description: "Every revision of the article, oldest first." }),
    claims: z.array(ClaimChangeSchema).meta({ description: "Each claim that existed at `since`, in reading order." }),
    diff: TextDiffSchema,
  })
  .meta({ id: "ArticleChanges" });

export const RefetchReportSchema = z
  .object({
    changed: z.boolean().meta({ description: "Whether the page's extracted text differed from the current revision." }),
    revisionId: Id.meta({ description: "The current revision: the new one when `changed`." }),
    changes: z.array(ClaimChangeSchema).meta({ description: "What the new revision did to each claim (empty when unchanged)." }),
  })
  .meta({ id: "RefetchReport" });

export type ArticleChanges = z.infer<typeof ArticleChangesSchema>;
export type ClaimChange = z.infer<typeof ClaimChangeSchema>;
export type RefetchReport = z.infer<typeof RefetchReportSchema>;
