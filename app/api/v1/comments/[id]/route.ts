import { deleteComment, editComment } from "@/domain/comments/service";
import { json } from "@/server/http/respond";
import { authedRoute } from "@/server/http/route";

/** `{ version, body }`: authors edit their own comments, editors any. */
export const PATCH = authedRoute<{ id: string }>(async ({ actor, params, body }) => json(await editComment(actor, params.id, await body())));

/** `{ version }` */
export const DELETE = authedRoute<{ id: string }>(async ({ actor, params, body }) => {
  await deleteComment(actor, params.id, await body());
  return new Response(null, { status: 204 });
});
