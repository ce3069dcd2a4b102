import { addComment, listComments } from "@/domain/comments/service";
import { json } from "@/server/http/respond";
import { authedRoute } from "@/server/http/route";

/** The claim's comments, oldest first. */
export const GET = authedRoute<{ id: string }>(async ({ actor, params }) => json({ items: await listComments(actor, "claim", params.id) }));

/** `{ body }`: analysts and editors comment. */
export const POST = authedRoute<{ id: string }>(async ({ actor, params, body }) => json(await addComment(actor, "claim", params.id, await body()), 201));
