/** A person's notifications: list, count, mark read. Everyone signed in has their own; nobody reads another's. */
import { countUnread, findNotifications, type NotificationRow, setAllRead, setRead } from "@/data/notifications";
import type { Actor } from "@/domain/auth/actor";
import { notFound, parseInput } from "@/domain/errors";
import { decodeCursor, toPage } from "@/domain/pagination";
import { z } from "zod";
import { MarkNotificationInput, type NotificationDto, NotificationQuery } from "./schemas";

export function toNotificationDto(r: NotificationRow): NotificationDto {
  return {
    id: r.id,
    at: r.at.toISOString(),
    kind: r.kind as NotificationDto["kind"],
    read: r.readAt !== null,
    title: r.title,
    note: r.note,
    link: r.link,
    storyId: r.storyId,
    entity: r.entity,
    entityId: r.entityId,
    actor: r.actorName,
    actorId: r.actorId,
  };
}

const Cursor = z.object({ id: z.number().int() });

export async function listMyNotifications(actor: Actor, query: unknown) {
  const q = parseInput(NotificationQuery, query);
  const before = q.cursor ? decodeCursor(q.cursor, Cursor).id : undefined;
  const rows = await findNotifications(actor.userId, { unreadOnly: q.unread === "true", limit: q.limit, beforeId: before });
  const page = toPage(rows, q.limit, (r) => ({ id: r.id }), toNotificationDto);
  return { ...page, unread: await countUnread(actor.userId) };
}

export const unreadNotifications = (actor: Actor) => countUnread(actor.userId);

/** Ids are whole numbers; anything else names no notification. */
function notificationId(id: string): number {
  if (!/^\d{1,15}$/.test(id)) throw notFound(`Notification ${id}`);
  return Number(id);
}

export async function markNotification(actor: Actor, id: string, input: unknown): Promise<NotificationDto> {
  const body = parseInput(MarkNotificationInput, input);
  const row = await setRead(actor.userId, notificationId(id), body.read);
  if (!row) throw notFound(`Notification ${id}`);
  return toNotificationDto(row);
}

const MarkAllInput = z.strictObject({ upTo: z.number({ message: "must be a notification id" }).int("must be a whole number").min(0, "must not be negative") });

/**
 * Marks the person's notifications read: all of them, or (from the page) those up to the newest
 * the page showed, so that one arriving meanwhile stays unread.
 */
export async function markAllNotificationsRead(actor: Actor, input?: unknown): Promise<{ marked: number; unread: number }> {
  const upTo = input === undefined ? undefined : parseInput(MarkAllInput, input).upTo;
  const marked = await setAllRead(actor.userId, upTo);
  return { marked, unread: await countUnread(actor.userId) };
}
