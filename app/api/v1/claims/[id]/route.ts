import { deleteClaim, getClaim, updateClaim } from "@/domain/claims/service";
import { json } from "@/server/http/respond";
import { authedRoute } from "@/server/http/route";

export const GET = authedRoute<{ id: string }>(async ({ actor, params }) => json(await getClaim(actor, params.id)));

export const PATCH = authedRoute<{ id: string }>(async ({ actor, params, body }) => json(await updateClaim(actor, params.id, await body())));

/** Soft delete with the version last seen; `POST /claims/:id/restore` undoes it. */
export const DELETE = authedRoute<{ id: string }>(async ({ actor, params, body }) => {
  await deleteClaim(actor, params.id, await body());
  return new Response(null, { status: 204 });
});
