import { unlink, updateLink } from "@/domain/propositions/service";
import { json } from "@/server/http/respond";
import { authedRoute } from "@/server/http/route";

export const PATCH = authedRoute<{ id: string }>(async ({ actor, params, body }) => json(await updateLink(actor, params.id, await body())));

export const DELETE = authedRoute<{ id: string }>(async ({ actor, params, body }) => {
  await unlink(actor, params.id, await body());
  return new Response(null, { status: 204 });
});
