/** Claims as the API answers them. */
import { z } from "zod";
import { Id, IsoDateTime, pageOf } from "@/domain/api-shapes";
import { ReviewStatus, Sourcing } from "@/domain/vocabulary";

export const SelectorSchema = z
  .object({
    exact: z.string().meta({ description: "The claim's words: always text.slice(start, end)." }),
    prefix: z.string().meta({ description: "Up to 32 characters before them." }),
    suffix: z.string().meta({ description: "Up to 32 characters after them." }),
    start: z.number().int().min(0).meta({ description: "Offset in UTF-16 code units into the revision's text." }),
    end: z.number().int().min(0).meta({ description: "Exclusive end offset." }),
  })
  .meta({ id: "Selector", description: "Where the claim's words are in its revision's text." });

export const ClaimSchema = z
  .object({
    id: Id,
    storyId: Id,
    articleId: Id,
    revisionId: Id,
    version: z.number().int().min(1),
    statement: z.string(),
    sourcing: Sourcing,
    source: z.string().meta({ description: "Who the claim is attributed to, if anyone." }),
    cue: z.string().meta({ description: 'The words that mark the sourcing, e.g. "said", "perhaps".' }),
    status: ReviewStatus,
    orphaned: z.boolean().meta({ description: "True when a text revision removed the claim's words." }),
    wordsChangedAt: IsoDateTime.nullable().meta({
      description:
        "When a text revision re-anchored the claim onto reworded text (its exact words changed), until someone checks it: a review decision or a re-selection clears it.",
    }),
    selector: SelectorSchema,
    createdBy: z.string().nullable(),
    createdByName: z.string().nullable(),
    importedAuthor: z.string().nullable().meta({
      description:
        'Who made the claim in the file it was imported from ("Name <email>"), when no account here has their email; `createdBy` is then the person who imported it.',
    }),
    createdAt: IsoDateTime,
    updatedAt: IsoDateTime,
    deletedAt: IsoDateTime.nullable().optional().meta({ description: "Set on a deleted claim (answered by restore)." }),
  })
  .meta({ id: "Claim" });

export const ClaimPageSchema = pageOf(ClaimSchema, "ClaimPage", "Claims in reading order.");

export const ClaimSearchResultSchema = z
  .object({
    items: z.array(ClaimSchema.extend({ articleTitle: z.string() })),
    total: z.number().int().min(0).meta({ description: "How many claims match (the first 500 are answered)." }),
    nextCursor: z.null().meta({ description: "Always null: a search answers one page." }),
  })
  .meta({ id: "ClaimSearchResult" });
