"use server";

/** Webhooks on the admin pages: the same domain calls as the API (src/domain/webhooks/service.ts). */
import { revalidatePath } from "next/cache";
import { createWebhook, deleteWebhook, type DeliveryDto, retryDelivery, updateWebhook, type WebhookDto } from "@/domain/webhooks/service";
import { type ActionResult, runAction } from "@/server/actions/run-action";

export async function createWebhookAction(input: { url: string; events: string[]; secret: string }): Promise<ActionResult<WebhookDto>> {
  const r = await runAction((actor) => createWebhook(actor, input));
  if (r.ok) revalidatePath("/admin/webhooks");
  return r;
}

export async function updateWebhookAction(id: string, input: { version: number; disabled?: boolean }): Promise<ActionResult<WebhookDto>> {
  const r = await runAction((actor) => updateWebhook(actor, id, input), { ids: { id } });
  if (r.ok) revalidatePath("/admin/webhooks");
  return r;
}

export async function deleteWebhookAction(id: string): Promise<ActionResult<null>> {
  const r = await runAction(
    async (actor) => {
      await deleteWebhook(actor, id);
      return null;
    },
    { ids: { id } },
  );
  if (r.ok) revalidatePath("/admin/webhooks");
  return r;
}

export async function retryDeliveryAction(webhookId: string, deliveryId: string): Promise<ActionResult<DeliveryDto>> {
  const r = await runAction((actor) => retryDelivery(actor, webhookId, deliveryId), { ids: { webhookId, deliveryId } });
  if (r.ok) revalidatePath(`/admin/webhooks/${webhookId}`);
  return r;
}
