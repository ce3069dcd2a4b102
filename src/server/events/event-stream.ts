/**
 * A story's live events as Server-Sent Events (issue 16): each change as `id:` and `data:` (JSON),
 * who else is on the story as `event: presence`, `event: resync` when a reconnect missed more than
 * can be replayed, and a heartbeat comment so that proxies keep an idle stream open. A closed
 * connection unsubscribes, leaves the presence list and stops its heartbeat.
 */
import "server-only";
import { findArticle } from "@/data/articles";
import type { EventRow } from "@/data/events";
import type { Actor } from "@/domain/auth/actor";
import { notFound } from "@/domain/errors";
import { type StoryEventDto, toStoryEventDto } from "@/domain/events/schemas";
import { roundFilterFor } from "@/domain/events/round-filter";
import { parseEventStreamQuery } from "@/domain/events/stream-query";
import { eventVisibleTo } from "@/domain/events/visibility";
import { requireStory } from "@/domain/stories/service";
import { sseResponse } from "./sse-response";
import { join, type Viewer } from "./presence";
import { subscribe } from "./story-feeds";

/** The SSE message of an event, or null when the reader may not receive it. */
export function eventMessage(row: EventRow, actor: Actor): { event: StoryEventDto; text: string } | null {
  const event = toStoryEventDto(row);
  if (!eventVisibleTo(actor, event)) return null;
  return { event, text: `id: ${event.id}\ndata: ${JSON.stringify(event)}\n\n` };
}

export async function openEventStream(actor: Actor, storyId: string, request: Request, query: Record<string, string>): Promise<Response> {
  await requireStory(actor, storyId);
  const q = parseEventStreamQuery(query, request.headers.get("last-event-id"));
  let articleId: string | null = null;
  if (q.article) {
    const article = await findArticle(q.article);
    if (!article || article.storyId !== storyId) throw notFound(`Article ${q.article} (in this story)`);
    articleId = article.id;
  }
  const viewer: Viewer = { userId: actor.userId, name: actor.name, role: actor.role, articleId };
  return sseResponse(request, async ({ send, onClose }) => {
    const rounds = await roundFilterFor(actor, storyId);
    // In order, one at a time: whether an event is hidden may take a read.
    let sending = Promise.resolve();
    onClose(
      await subscribe(storyId, q.lastEventId ?? null, {
        deliver: (row) => {
          const message = eventMessage(row, actor);
          if (!message) return;
          sending = sending.then(async () => {
            if (!(await rounds.hides(message.event).catch(() => true))) send(message.text);
          });
        },
        resync: () => send("event: resync\ndata: {}\n\n"),
      }),
    );
    onClose(join(storyId, viewer, (viewers) => send(`event: presence\ndata: ${JSON.stringify({ viewers })}\n\n`)));
  });
}
