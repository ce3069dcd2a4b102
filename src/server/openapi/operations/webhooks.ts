import { z } from "zod";
import { DeliveryPageSchema, DeliverySchema, WebhookPageSchema, WebhookSchema } from "@/domain/webhooks/responses";
import { CreateWebhookInput, UpdateWebhookInput } from "@/domain/webhooks/schemas";
import { answer, defineOperation, noContent } from "@/server/openapi/registry";
import { idParam, refuse } from "./params";

const onlyAdmins = "Only admins manage webhooks.";
const webhook = idParam("webhook");
const signing =
  "Each delivery is a `POST` of `{ id, event, data }` (`data` is the story event) as JSON, with `X-Claimboard-Timestamp` (Unix seconds), " +
  '`X-Claimboard-Signature: sha256=<hex HMAC-SHA256 of "<timestamp>.<body>" keyed with the secret>`, `X-Claimboard-Event` and ' +
  "`X-Claimboard-Delivery` (the same on every retry). Any 2xx answer counts as delivered; anything else is retried with exponential backoff.";

export const webhookOperations = [
  defineOperation({
    method: "get",
    path: "/api/v1/webhooks",
    operationId: "listWebhooks",
    tag: "Webhooks",
    summary: "List webhooks",
    roles: "admins.",
    ok: { 200: answer(WebhookPageSchema, "Every webhook.") },
    refusals: { 403: onlyAdmins },
  }),
  defineOperation({
    method: "post",
    path: "/api/v1/webhooks",
    operationId: "createWebhook",
    tag: "Webhooks",
    summary: "Register a webhook",
    description:
      `Events are \`<entity>.<action>\` names (\`claim.created\`, \`link.deleted\`) or \`*\` for all. ${signing} ` +
      "The URL must resolve to a public address: private, loopback and link-local targets are refused (400 naming why) unless `FETCH_ALLOW_HOSTS` names its host:port. " +
      "The secret is never answered back, only its last four characters.",
    roles: "admins.",
    body: CreateWebhookInput.meta({ id: "NewWebhook" }),
    ok: { 201: answer(WebhookSchema, "The new webhook.") },
    refusals: { 403: onlyAdmins },
  }),
  defineOperation({
    method: "get",
    path: "/api/v1/webhooks/{id}",
    operationId: "getWebhook",
    tag: "Webhooks",
    summary: "Get a webhook",
    roles: "admins.",
    params: webhook,
    ok: { 200: answer(WebhookSchema, "The webhook.") },
    refusals: { 403: onlyAdmins, 404: "No such webhook." },
  }),
  defineOperation({
    method: "patch",
    path: "/api/v1/webhooks/{id}",
    operationId: "updateWebhook",
    tag: "Webhooks",
    summary: "Change, disable or enable a webhook",
    description: "A disabled webhook gets no new deliveries; its pending ones wait until it is enabled again.",
    roles: "admins.",
    params: webhook,
    body: UpdateWebhookInput,
    ok: { 200: answer(WebhookSchema, "The changed webhook.") },
    refusals: { 403: onlyAdmins, 404: "No such webhook.", 409: refuse.stale },
  }),
  defineOperation({
    method: "delete",
    path: "/api/v1/webhooks/{id}",
    operationId: "deleteWebhook",
    tag: "Webhooks",
    summary: "Delete a webhook",
    description: "With its delivery log; pending deliveries are not sent.",
    roles: "admins.",
    params: webhook,
    ok: { 204: noContent("Deleted.") },
    refusals: { 403: onlyAdmins, 404: "No such webhook." },
  }),
  defineOperation({
    method: "get",
    path: "/api/v1/webhooks/{id}/deliveries",
    operationId: "listWebhookDeliveries",
    tag: "Webhooks",
    summary: "A webhook's delivery log",
    description: "Its latest 100 deliveries, newest first: status, attempts, the receiver's last status code or error, and the next attempt.",
    roles: "admins.",
    params: webhook,
    ok: { 200: answer(DeliveryPageSchema, "The deliveries.") },
    refusals: { 403: onlyAdmins, 404: "No such webhook." },
  }),
  defineOperation({
    method: "post",
    path: "/api/v1/webhooks/{id}/deliveries/{deliveryId}/retry",
    operationId: "retryWebhookDelivery",
    tag: "Webhooks",
    summary: "Send a delivery again now",
    description: "A failed delivery, or one waiting for its next attempt, is sent at once with a fresh set of attempts. A delivered one is answered unchanged.",
    roles: "admins.",
    params: webhook.extend({ deliveryId: z.string().min(1).meta({ description: "The delivery's id." }) }),
    ok: { 200: answer(DeliverySchema, "The delivery, due now.") },
    refusals: { 403: onlyAdmins, 404: "No such delivery of this webhook." },
  }),
];
