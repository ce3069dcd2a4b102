import { listReviewQueue } from "@/domain/review/service";
import { json } from "@/server/http/respond";
import { authedRoute } from "@/server/http/route";

/** Claims and links waiting for review, oldest request first: ?story=&article=&author=&kind=claim|link&sourcing=&limit=&cursor= */
export const GET = authedRoute(async ({ actor, query }) => {
  const { items, nextCursor } = await listReviewQueue(actor, query);
  return json({ items, nextCursor });
});
