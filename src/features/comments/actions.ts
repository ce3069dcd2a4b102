"use server";

import type { z } from "zod";
import type { CreateCommentInput, UpdateCommentInput } from "@/domain/comments/schemas";

import { addComment, deleteComment, editComment, listComments } from "@/domain/comments/service";
import type { CommentDto, CommentTargetType } from "@/domain/comments/schemas";
import { type ActionResult, runAction } from "@/server/actions/run-action";

export async function listCommentsAction(type: CommentTargetType, id: string): Promise<ActionResult<CommentDto[]>> {
  return runAction((actor) => listComments(actor, type, id), { ids: { id } });
}

export async function addCommentAction(type: CommentTargetType, id: string, input: z.input<typeof CreateCommentInput>): Promise<ActionResult<CommentDto>> {
  return runAction((actor) => addComment(actor, type, id, input), { ids: { id } });
}

export async function editCommentAction(id: string, input: z.input<typeof UpdateCommentInput>): Promise<ActionResult<CommentDto>> {
  return runAction((actor) => editComment(actor, id, input), { ids: { id } });
}

export async function deleteCommentAction(id: string, version: number): Promise<ActionResult<null>> {
  return runAction(
    async (actor) => {
      await deleteComment(actor, id, { version });
      return null;
    },
    { ids: { id } },
  );
}
