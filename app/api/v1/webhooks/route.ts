import { createWebhook, listWebhooks } from "@/domain/webhooks/service";
import { json } from "@/server/http/respond";
import { authedRoute } from "@/server/http/route";

/** Admins only: every webhook (never their secrets). */
export const GET = authedRoute(async ({ actor }) => json({ items: await listWebhooks(actor), nextCursor: null }));

/** Admins only: `{ url, events, secret }`. */
export const POST = authedRoute(async ({ actor, body }) => json(await createWebhook(actor, await body()), 201));
