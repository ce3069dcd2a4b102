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
import { beatWith } from "./heartbeats";
import { ensureListening } from "./postgres-listener";

const encoder = new TextEncoder();

export async function openUserStream(actor: Actor, request: Request, query: Record<string, string>): Promise<Response> {
  const q = parseEventStreamQuery(query, request.headers.get("last-event-id"));
  if (dbProvider() === "postgresql") await ensureListening();
  let lastSent = q.lastEventId ?? (await findNotifications(actor.userId, { unreadOnly: false, limit: 1 }))[0]?.id ?? 0;
  const closers: Array<() => void> = [];
  let closed = false;
  const close = () => {
    if (closed) return;
    closed = true;
    for (const c of closers.splice(0)) c();
  };
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      const send = (text: string) => {
        if (closed) return;
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          close();
        }
      };
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
      request.signal.addEventListener("abort", close, { once: true });
      send("retry: 2000\n: connected\n\n");
      closers.push(beatWith(() => send(": heartbeat\n\n")));
      closers.push(onUserWake((userId) => userId === actor.userId && update()));
      update();
      if (can(actor, "review")) {
        let timer: NodeJS.Timeout | null = null;
        const queue = () => {
          timer = null;
          countPendingReview(actor)
            .then((pending) => send(`event: queue\ndata: ${JSON.stringify({ pending })}\n\n`))
            .catch(() => undefined);
        };
        closers.push(
          onWake(() => {
            timer ??= setTimeout(queue, 500);
          }),
        );
        closers.push(() => timer && clearTimeout(timer));
      }
    },
    cancel: close,
  });
  return new Response(stream, {
    headers: { "content-type": "text/event-stream; charset=utf-8", "cache-control": "no-cache, no-transform", "x-accel-buffering": "no" },
  });
}
