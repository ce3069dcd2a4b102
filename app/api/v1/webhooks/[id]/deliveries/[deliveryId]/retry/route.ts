import { retryDelivery } from "@/domain/webhooks/service";
import { json } from "@/server/http/respond";
import { authedRoute } from "@/server/http/route";

/** Admins only: send a failed or waiting delivery again now. */
export const POST = authedRoute<{ id: string; deliveryId: string }>(async ({ actor, params }) =>
  json(await retryDelivery(actor, params.id, params.deliveryId)),
);
