import type { Metadata } from "next";
import Link from "next/link";
import { getWebhook, listDeliveries } from "@/domain/webhooks/service";
import { DeliveryLog } from "@/features/webhooks/DeliveryLog";
import { requirePageAccess } from "@/server/auth/page-access";
import { pageOrNotFound } from "@/server/page-errors";

export const metadata: Metadata = { title: "Webhook deliveries" };

/** One webhook's delivery log: each event sent, the receiver's answer, retries to come. */
export default async function WebhookDeliveriesPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePageAccess("webhooks.manage", `/admin/webhooks/${id}`);
  const [hook, deliveries] = await pageOrNotFound(Promise.all([getWebhook(actor, id), listDeliveries(actor, id)]));
  return (
    <>
      <div className="page-head">
        <div>
          <p>
            <Link href="/admin/webhooks">Webhooks</Link>
          </p>
          <h1 className="webhook-url">Deliveries to {hook.url}</h1>
          <p>
            {hook.disabled ? "Disabled: pending deliveries wait until it is enabled. " : ""}
            {hook.events.includes("*") ? "All events" : hook.events.join(", ")}; secret …{hook.secretLastFour}. The latest 100, newest first.
          </p>
        </div>
      </div>
      <DeliveryLog webhookId={hook.id} deliveries={deliveries} />
    </>
  );
}
