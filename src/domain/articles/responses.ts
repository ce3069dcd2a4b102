/** Articles as the API answers them. */
import { z } from "zod";
import { Id, IsoDateTime } from "@/domain/api-shapes";
import { ArticleSummarySchema } from "@/domain/stories/responses";

export const ArticleSchema = ArticleSummarySchema.extend({
  storyId: Id,
  storyTitle: z.string(),
  revisionId: z.string().nullable().meta({ description: "The current text revision; claims' offsets refer to it." }),
  revisionNumber: z.number().int().min(1).nullable(),
  text: z.string().meta({ description: "The current text. Offsets are UTF-16 code units into it." }),
  modifiedAt: z.string().nullable().meta({ description: "When the page says it was last modified (articles imported by URL), ISO 8601." }),
  fetchedAt: IsoDateTime.nullable().meta({ description: "When the page was last fetched from its URL; null for pasted or uploaded articles." }),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
}).meta({ id: "Article", description: "An article with its current text." });

export const RevisionReportSchema = z
  .object({
    article: ArticleSchema,
    claims: z
      .object({
        unchanged: z.number().int().min(0),
        moved: z.number().int().min(0),
        reworded: z.number().int().min(0).meta({
          description:
            "Of the moved: claims whose exact words changed (followed reworded text). Each is marked `wordsChanged` for a look; an approved one goes back to `needs_review`.",
        }),
        rewordedIds: z.array(Id).meta({ description: "The reworded claims." }),
        orphaned: z.number().int().min(0),
        orphanedIds: z.array(Id).meta({ description: "Claims whose words are gone: flagged `orphaned`, to repair by re-selecting." }),
      })
      .meta({ description: "What re-anchoring did to the article's claims." }),
  })
  .meta({ id: "RevisionReport" });
