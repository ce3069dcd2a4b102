import { decideSuggestion } from "@/domain/assistance/service";
import { json } from "@/server/http/respond";
import { authedRoute } from "@/server/http/route";

/** `{ outcome: "rejected", exact, start, end, revisionId }`, or `accepted` with the claim's fields (201 with the claim). */
export const POST = authedRoute<{ id: string }>(async ({ actor, params, body }) => {
  const result = await decideSuggestion(actor, params.id, await body());
  return json(result, result.outcome === "accepted" ? 201 : 200);
});
