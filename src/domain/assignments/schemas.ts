import { z } from "zod";
import { Version } from "@/domain/stories/schemas";
import type { AssignmentSchema, MyAssignmentSchema } from "./responses";
import { assignmentModes, assignmentStatuses } from "./words";

const IdField = z.string().trim().min(1, "must not be empty").max(64, "must be at most 64 characters");
/** A date ("2026-12-24", due at the end of that day in UTC) or a date and time with an offset. */
const Due = z
  .union([z.iso.date(), z.iso.datetime({ offset: true })], { message: 'must be a date ("2026-12-24") or a date and time with an offset' })
  .transform((v) => (v.length === 10 ? new Date(`${v}T23:59:59.999Z`) : new Date(v)));
const Note = z.string().trim().max(2000, "must be at most 2000 characters");

export const CreateAssignmentInput = z
  .strictObject({
    articleId: IdField.optional(),
    storyId: IdField.optional(),
    userId: IdField,
    mode: z.enum(assignmentModes),
    due: Due.nullable().optional(),
    note: Note.optional(),
  })
  .superRefine((v, ctx) => {
    if ((v.articleId === undefined) === (v.storyId === undefined))
      ctx.addIssue({ code: "custom", path: [v.articleId ? "storyId" : "articleId"], message: "give either articleId or storyId (exactly one)" });
  });
export type CreateAssignmentInput = z.input<typeof CreateAssignmentInput>;

/** The assign form: one target, several people. */
export const AssignPeopleInput = z
  .strictObject({
    articleId: IdField.optional(),
    storyId: IdField.optional(),
    userIds: z.array(IdField).min(1, "pick at least one person").max(50, "at most 50 people at once"),
    mode: z.enum(assignmentModes),
    due: Due.nullable().optional(),
    note: Note.optional(),
  })
  .superRefine((v, ctx) => {
    if ((v.articleId === undefined) === (v.storyId === undefined))
      ctx.addIssue({ code: "custom", path: [v.articleId ? "storyId" : "articleId"], message: "give either articleId or storyId (exactly one)" });
    if (new Set(v.userIds).size !== v.userIds.length) ctx.addIssue({ code: "custom", path: ["userIds"], message: "names someone twice" });
  });
export type AssignPeopleInput = z.input<typeof AssignPeopleInput>;

export const UpdateAssignmentInput = z.strictObject({
  version: Version,
  status: z.literal("submitted", { message: 'can only be "submitted" (an editor closes the round)' }).optional(),
  due: Due.nullable().optional(),
  note: Note.optional(),
});
export type UpdateAssignmentInput = z.input<typeof UpdateAssignmentInput>;

export const AssignmentQuery = z.object({
  userId: IdField.optional(),
  storyId: IdField.optional(),
  status: z.enum(assignmentStatuses).optional(),
});

export const AssignmentCursor = z.object({ c: z.iso.datetime(), id: z.string().min(1).max(64) });

export type AssignmentDto = z.infer<typeof AssignmentSchema>;
export type MyAssignmentDto = z.infer<typeof MyAssignmentSchema>;
