import { revokeApiToken } from "@/domain/tokens/service";
import { authedRoute } from "@/server/http/route";

/** Revoke one of the caller's tokens. */
export const DELETE = authedRoute<{ id: string }>(async ({ actor, params }) => {
  await revokeApiToken(actor, params.id);
  return new Response(null, { status: 204 });
});
