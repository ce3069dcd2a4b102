/** Assignments as the API answers them (docs/contract/API.md, "Additions (second round)"). */
import { z } from "zod";
import { Id, IsoDateTime, pageOf } from "@/domain/api-shapes";
import { assignmentModes, assignmentStatuses } from "./words";

export const AssignmentSchema = z
  .object({
    id: Id,
    storyId: Id,
    articleId: Id.nullable().meta({ description: "The article given; null when the whole story is (every article of it, also those added later)." }),
    userId: Id,
    userName: z.string(),
    mode: z.enum(assignmentModes).meta({
      description:
        "`independent`: a round, in which each assignee reads only their own claims and links on the article until an editor closes it; `shared`: everyone sees everyone's.",
    }),
    status: z.enum(assignmentStatuses).meta({ description: "`open`, `submitted` by the assignee, or `closed` with the article's round." }),
    due: IsoDateTime.nullable(),
    note: z.string(),
    assignedById: Id.nullable(),
    assignedByName: z.string().nullable(),
    storyTitle: z.string(),
    articleTitle: z.string().nullable(),
    version: z.number().int().min(1),
    createdAt: IsoDateTime,
    updatedAt: IsoDateTime,
  })
  .meta({ id: "Assignment", description: "An article or a story given to a person to annotate." });

export const AssignmentListSchema = pageOf(AssignmentSchema, "AssignmentList", "Newest first.");

export const ProgressSchema = z
  .object({
    claims: z.number().int().min(0).meta({ description: "Live claims the person recorded on the assigned article(s)." }),
    submittedForReview: z.number().int().min(0).meta({ description: "Of those, waiting for review (`needs_review`)." }),
    approved: z.number().int().min(0),
    sentBack: z.number().int().min(0).meta({ description: "Of those, sent back by an editor and not approved since." }),
  })
  .meta({ id: "AssignmentProgress" });

export const MyAssignmentSchema = AssignmentSchema.extend({ progress: ProgressSchema }).meta({
  id: "MyAssignment",
  description: "One of the caller's assignments, with their progress on it.",
});

export const MyAssignmentListSchema = z
  .object({ items: z.array(MyAssignmentSchema) })
  .meta({ id: "MyAssignmentList", description: "The caller's assignments that are not closed, due first, in one list." });
