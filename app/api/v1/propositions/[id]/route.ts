import { deleteProposition, updateProposition } from "@/domain/propositions/service";
import { json } from "@/server/http/respond";
import { authedRoute } from "@/server/http/route";

export const PATCH = authedRoute<{ id: string }>(async ({ actor, params, body }) => json(await updateProposition(actor, params.id, await body())));

export const DELETE = authedRoute<{ id: string }>(async ({ actor, params, body }) => {
  await deleteProposition(actor, params.id, await body());
  return new Response(null, { status: 204 });
});
