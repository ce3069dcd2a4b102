/** Webhooks and their deliveries as the API answers them (to admins; never the secret). */
import { z } from "zod";
import { Id, IsoDateTime, pageOf } from "@/domain/api-shapes";

export const WebhookSchema = z
  .object({
    id: Id,
    url: z.string(),
    events: z.array(z.string()).meta({ description: '`<entity>.<action>` names (`claim.created`, `link.deleted`), or `"*"` for all.' }),
    secretLastFour: z.string().meta({ description: "The secret's last four characters; the secret itself is never answered." }),
    disabled: z.boolean().meta({ description: "A disabled webhook gets no new deliveries, and its pending ones wait." }),
    createdById: z.string().nullable(),
    createdAt: IsoDateTime,
    version: z.number().int().min(1),
  })
  .meta({ id: "Webhook", description: "An outbound webhook." });

export const WebhookPageSchema = pageOf(WebhookSchema, "WebhookPage", "Every webhook, newest first, in one page.");

export const DeliverySchema = z
  .object({
    id: Id,
    webhookId: Id,
    eventId: z.number().int().meta({ description: "The story event it carries." }),
    event: z.string().meta({ description: "`<entity>.<action>`" }),
    status: z.enum(["pending", "delivered", "failed"]).meta({ description: "failed: every attempt was used up." }),
    attempts: z.number().int().min(0),
    nextAttemptAt: IsoDateTime.nullable().meta({ description: "When it is tried next; null once delivered or failed." }),
    lastStatusCode: z.number().int().nullable().meta({ description: "The receiver's HTTP status at the last attempt; null if none answered." }),
    lastError: z.string().nullable(),
    deliveredAt: IsoDateTime.nullable(),
    createdAt: IsoDateTime,
  })
  .meta({ id: "WebhookDelivery", description: "One event sent (or to be sent) to one webhook." });

export const DeliveryPageSchema = pageOf(DeliverySchema, "WebhookDeliveryPage", "A webhook's latest deliveries, newest first.");
