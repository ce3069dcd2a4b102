import { deleteWebhook, getWebhook, updateWebhook } from "@/domain/webhooks/service";
import { json } from "@/server/http/respond";
import { authedRoute } from "@/server/http/route";

/** Admins only. */
export const GET = authedRoute<{ id: string }>(async ({ actor, params }) => json(await getWebhook(actor, params.id)));

/** Admins only: `{ version, url?, events?, disabled? }`. */
export const PATCH = authedRoute<{ id: string }>(async ({ actor, params, body }) => json(await updateWebhook(actor, params.id, await body())));

/** Admins only: the webhook and its delivery log. */
export const DELETE = authedRoute<{ id: string }>(async ({ actor, params }) => {
  await deleteWebhook(actor, params.id);
  return new Response(null, { status: 204 });
});
