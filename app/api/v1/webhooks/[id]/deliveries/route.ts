import { listDeliveries } from "@/domain/webhooks/service";
import { json } from "@/server/http/respond";
import { authedRoute } from "@/server/http/route";

/** Admins only: the webhook's latest deliveries, newest first. */
export const GET = authedRoute<{ id: string }>(async ({ actor, params }) => json({ items: await listDeliveries(actor, params.id), nextCursor: null }));
