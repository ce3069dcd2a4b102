/** The review queue as the API answers it (decisions answer the Claim or Link). */
import { z } from "zod";
import { Id, IsoDateTime, pageOf } from "@/domain/api-shapes";
import { sourcings, stances } from "@/domain/vocabulary";
import { reviewStatuses } from "@/domain/vocabulary";

const Person = z.object({ id: Id, name: z.string() }).meta({ id: "PersonRef", description: "A user, by id and name." });

export const QueueItemSchema = z
  .object({
    kind: z.enum(["claim", "link"]),
    id: Id.meta({ description: "The claim's or link's id: review it at `/api/v1/{kind}s/{id}/review`." }),
    version: z.number().int().min(1).meta({ description: "Send it with the decision." }),
    storyId: Id,
    storyTitle: z.string(),
    articleId: Id,
    articleTitle: z.string(),
    outlet: z.string(),
    statement: z.string().meta({ description: "The claim's statement; for a link, the linked claim's." }),
    exact: z.string().meta({ description: "The claim's words in the article." }),
    sourcing: z.string().meta({ description: `The claim's sourcing: ${sourcings.join(", ")}.` }),
    wordsChanged: z
      .boolean()
      .meta({ description: "The claim (for a link, its claim) was re-anchored onto reworded text by a revision and nobody has checked it since." }),
    stance: z
      .string()
      .optional()
      .meta({ description: `Links only: ${stances.join(" or ")}.` }),
    propositionId: Id.optional().meta({ description: "Links only." }),
    proposition: z.string().optional().meta({ description: "Links only: the proposition's statement." }),
    author: Person.nullable().meta({ description: "Who created it (null if that account is gone)." }),
    importedAuthor: z.string().nullable().meta({
      description:
        'Who made it in the file it was imported from ("Name <email>"), when no account here has their email; `author` is then the person who imported it.',
    }),
    requestedAt: IsoDateTime.meta({ description: "When review was requested." }),
  })
  .meta({ id: "ReviewQueueItem", description: "A claim or link waiting for an editor's decision." });

export const ReviewQueuePageSchema = pageOf(QueueItemSchema, "ReviewQueuePage", "Claims and links waiting for review, oldest request first.");

export const BulkReviewResultSchema = z
  .object({
    decision: z.enum(["approve", "send_back"]),
    items: z.array(
      z.object({
        kind: z.enum(["claim", "link"]),
        id: Id,
        version: z.number().int().min(1).meta({ description: "The item's new version." }),
        status: z.enum(reviewStatuses).meta({ description: "Its new status: `approved`, or `draft` when sent back." }),
      }),
    ),
  })
  .meta({ id: "BulkReviewResult", description: "Every item decided, in the order asked." });
