import { searchClaims } from "@/domain/claims/service";
import { json } from "@/server/http/respond";
import { authedRoute } from "@/server/http/route";

/** A story's claims with search and filters: ?q=&sourcing=a,b&status=&source=&author=&article= */
export const GET = authedRoute<{ id: string }>(async ({ actor, params, query }) => {
  const { items, total } = await searchClaims(actor, params.id, query);
  return json({ items, total, nextCursor: null });
});
