/**
 * A person's own live channel (issue 16): their unread count and each new notification as it is
 * written, on whichever instance caused it. `id:` is the newest notification's id, so a reconnect
 * (Last-Event-ID) receives only what is new since. Reviewers also get `event: queue` with how much
 * waits for review, soon after any change in any story (the header's count and the queue page follow it).
 */
import "server-only";
import { countUnread, findNotifications } from "@/data/notifications";
import { dbProvider } from "@/data/db";
import type { Actor } from "@/domain/auth/actor";
import { can } from "@/domain/auth/can";
import { onUserWake, onWake } from "@/domain/events/bus";
import { countPendingReview } from "@/domain/review/service";
import { parseEventStreamQuery } from "@/domain/events/stream-query";
import { toNotificationDto } from "@/domain/notifications/service";
import { sseResponse } from "./sse-response";
import { ensureListening } from "./postgres-listener";

export async function openUserStream(actor: Actor, request: Request, query: Record<string, string>): Promise<Response> {
  const q = parseEventStreamQuery(query, request.headers.get("last-event-id"));
  if (dbProvider() === "postgresql") await ensureListening();
  let lastSent = q.lastEventId ?? (await findNotifications(actor.userId, { unreadOnly: false, limit: 1 }))[0]?.id ?? 0;
  return sseResponse(request, ({ send, onClose }) => {
    let sending = Promise.resolve();
    const update = () => {
      sending = sending
        .then(async () => {
          const newest = (await findNotifications(actor.userId, { unreadOnly: false, limit: 20 })).filter((n) => n.id > lastSent).reverse();
          const unread = await countUnread(actor.userId);
          if (newest.length) lastSent = newest[newest.length - 1]!.id;
          send(`id: ${lastSent}\nevent: notifications\ndata: ${JSON.stringify({ unread, items: newest.map(toNotificationDto) })}\n\n`);
        })
        .catch(() => undefined);
    };
    onClose(onUserWake((userId) => userId === actor.userId && update()));
    update();
    if (!can(actor, "review")) return;
    let timer: NodeJS.Timeout | null = null;
    const queue = () => {
      timer = null;
      countPendingReview(actor)
        .then((pending) => send(`event: queue\ndata: ${JSON.stringify({ pending })}\n\n`))
        .catch(() => undefined);
    };
    onClose(
      onWake(() => {
        timer ??= setTimeout(queue, 500);
      }),
    );
    onClose(() => timer && clearTimeout(timer));
  });
}
