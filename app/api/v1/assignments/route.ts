import { createAssignment, listAssignments } from "@/domain/assignments/service";
import { parseInput } from "@/domain/errors";
import { PageQuery } from "@/domain/pagination";
import { json } from "@/server/http/respond";
import { authedRoute } from "@/server/http/route";

/** `?userId=&storyId=&status=&limit=&cursor=` */
export const GET = authedRoute(async ({ actor, query }) => {
  const { limit, cursor, ...filters } = query;
  return json(await listAssignments(actor, filters, parseInput(PageQuery, { limit, cursor }, "The query")));
});

/** `{ articleId | storyId, userId, mode, due?, note? }` (editors). */
export const POST = authedRoute(async ({ actor, body }) => json(await createAssignment(actor, await body()), 201));
