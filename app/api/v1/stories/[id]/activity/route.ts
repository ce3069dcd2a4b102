import { listActivity } from "@/domain/audit/activity";
import { json } from "@/server/http/respond";
import { authedRoute } from "@/server/http/route";

/** Audit entries, newest first: ?actor=&action=&from=YYYY-MM-DD&to=YYYY-MM-DD&limit=&cursor= */
export const GET = authedRoute<{ id: string }>(async ({ actor, params, query }) => {
  const { items, nextCursor } = await listActivity(actor, params.id, query);
  return json({ items, nextCursor });
});
