/** Comments as the API answers them. */
import { z } from "zod";
import { Id, IsoDateTime } from "@/domain/api-shapes";
import { CommentTargetType } from "./target";

export const CommentSchema = z
  .object({
    id: Id,
    storyId: Id,
    targetType: CommentTargetType,
    targetId: Id,
    kind: z.enum(["comment", "sent_back"]).meta({ description: "`sent_back`: the note of an editor who sent the work back for changes." }),
    body: z.string(),
    author: z.object({ id: Id, name: z.string() }).nullable().meta({ description: "Who wrote it (null if that account is gone)." }),
    importedAuthor: z.string().nullable().meta({
      description:
        'Who wrote it in the file it was imported from ("Name <email>"), when no account here has their email; `author` is then the person who imported it.',
    }),
    version: z.number().int().min(1),
    createdAt: IsoDateTime,
    updatedAt: IsoDateTime,
  })
  .meta({ id: "Comment", description: "A comment on a claim, a proposition or a link." });

export const CommentListSchema = z
  .object({ items: z.array(CommentSchema) })
  .meta({ id: "CommentList", description: "Every live comment of the target, oldest first, in one list (no pages)." });
