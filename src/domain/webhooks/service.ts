/**
 * Outbound webhooks (issue 16), managed by admins: register a URL with the events it wants and a
 * shared secret, change or disable it, delete it, read its delivery log, retry a delivery. The
 * secret is never answered back (only its last four characters) and never audited.
 */
import { randomUUID } from "node:crypto";
import { afterCommit, inTransaction } from "@/data/db";
import {
  type DeliveryRow,
  deleteWebhookRow,
  findAllWebhooks,
  findDeliveriesOf,
  findDelivery,
  findWebhook,
  insertWebhook,
  requeueDelivery,
  updateWebhookAtVersion,
  type WebhookRow,
} from "@/data/webhooks";
import { recordAudit } from "@/domain/audit/record";
import type { Actor } from "@/domain/auth/actor";
import { can } from "@/domain/auth/permissions";
import { forbidden, notFound, parseInput, staleVersion } from "@/domain/errors";
import type { z } from "zod";
import type { DeliverySchema, WebhookSchema } from "./responses";
import { CreateWebhookInput, UpdateWebhookInput } from "./schemas";
import { assertDeliverableUrl } from "./target";
import { wakeWebhookWorker } from "./wake";

export type WebhookDto = z.infer<typeof WebhookSchema>;
export type DeliveryDto = z.infer<typeof DeliverySchema>;

/** The delivery log answers this many of a webhook's latest deliveries. */
export const DELIVERY_LOG_SIZE = 100;

export function assertCanManageWebhooks(actor: Actor): void {
  if (!can(actor, "manage-webhooks")) throw forbidden("Only admins manage webhooks.");
}

export const toWebhookDto = (row: WebhookRow): WebhookDto => ({
  id: row.id,
  url: row.url,
  events: row.events as string[],
  secretLastFour: row.secret.slice(-4),
  disabled: row.disabledAt !== null,
  createdById: row.createdById,
  createdAt: row.createdAt.toISOString(),
  version: row.version,
});

export const toDeliveryDto = (row: DeliveryRow): DeliveryDto => ({
  id: row.id,
  webhookId: row.webhookId,
  eventId: row.eventId,
  event: row.event,
  status: row.status,
  attempts: row.attempts,
  nextAttemptAt: row.status === "pending" ? row.nextAttemptAt.toISOString() : null,
  lastStatusCode: row.lastStatusCode,
  lastError: row.lastError,
  deliveredAt: row.deliveredAt?.toISOString() ?? null,
  createdAt: row.createdAt.toISOString(),
});

/** What the audit trail keeps of a webhook (never its secret). */
const audited = (row: WebhookRow) => ({ url: row.url, events: row.events as string[], disabled: row.disabledAt !== null });

export async function listWebhooks(actor: Actor): Promise<WebhookDto[]> {
  assertCanManageWebhooks(actor);
  return (await findAllWebhooks()).map(toWebhookDto);
}

async function existing(id: string): Promise<WebhookRow> {
  const row = await findWebhook(id);
  if (!row) throw notFound(`Webhook ${id}`);
  return row;
}

export async function getWebhook(actor: Actor, id: string): Promise<WebhookDto> {
  assertCanManageWebhooks(actor);
  return toWebhookDto(await existing(id));
}

export async function createWebhook(actor: Actor, input: unknown): Promise<WebhookDto> {
  assertCanManageWebhooks(actor);
  const body = parseInput(CreateWebhookInput, input, "The webhook");
  const url = await assertDeliverableUrl(body.url);
  return inTransaction(async (tx) => {
    const row = await insertWebhook(tx, { id: randomUUID(), url, events: body.events, secret: body.secret, createdById: actor.userId });
    await recordAudit(tx, actor, { action: "webhook.create", entity: "webhook", entityId: row.id, storyId: null, before: null, after: audited(row) });
    return toWebhookDto(row);
  });
}

export async function updateWebhook(actor: Actor, id: string, input: unknown): Promise<WebhookDto> {
  assertCanManageWebhooks(actor);
  const body = parseInput(UpdateWebhookInput, input, "The change");
  const url = body.url === undefined ? undefined : await assertDeliverableUrl(body.url);
  return inTransaction(async (tx) => {
    const current = await findWebhook(id, { tx });
    if (!current) throw notFound(`Webhook ${id}`);
    if (current.version !== body.version) throw staleVersion("webhook", "The webhook", current);
    const disabledAt = body.disabled === undefined ? undefined : body.disabled ? (current.disabledAt ?? new Date()) : null;
    const row = await updateWebhookAtVersion(tx, id, body.version, { url, events: body.events, disabledAt });
    if (!row) throw staleVersion("webhook", "The webhook", current);
    const action =
      body.disabled === true && !current.disabledAt ? "webhook.disable" : body.disabled === false && current.disabledAt ? "webhook.enable" : "webhook.update";
    await recordAudit(tx, actor, { action, entity: "webhook", entityId: id, storyId: null, before: audited(current), after: audited(row) });
    // Enabling lets its waiting deliveries go.
    if (action === "webhook.enable") afterCommit(tx, wakeWebhookWorker);
    return toWebhookDto(row);
  });
}

/** Deletes the webhook and its delivery log. */
export async function deleteWebhook(actor: Actor, id: string): Promise<void> {
  assertCanManageWebhooks(actor);
  await inTransaction(async (tx) => {
    const current = await findWebhook(id, { tx });
    if (!current) throw notFound(`Webhook ${id}`);
    await deleteWebhookRow(tx, id);
    await recordAudit(tx, actor, { action: "webhook.delete", entity: "webhook", entityId: id, storyId: null, before: audited(current), after: null });
  });
}

export async function listDeliveries(actor: Actor, webhookId: string): Promise<DeliveryDto[]> {
  assertCanManageWebhooks(actor);
  await existing(webhookId);
  return (await findDeliveriesOf(webhookId, DELIVERY_LOG_SIZE)).map(toDeliveryDto);
}

/** Sends a delivery again now (a failed one, or one waiting for its next attempt), with fresh attempts. */
export async function retryDelivery(actor: Actor, webhookId: string, deliveryId: string): Promise<DeliveryDto> {
  assertCanManageWebhooks(actor);
  return inTransaction(async (tx) => {
    const current = await findDelivery(deliveryId, { tx });
    if (!current || current.webhookId !== webhookId) throw notFound(`Delivery ${deliveryId} of webhook ${webhookId}`);
    if (current.status === "delivered") return toDeliveryDto(current);
    const row = await requeueDelivery(tx, deliveryId, new Date());
    afterCommit(tx, wakeWebhookWorker);
    return toDeliveryDto(row);
  });
}
