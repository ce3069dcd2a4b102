import { z } from "zod";
import { StoryEventResponse } from "@/domain/events/schemas";
import { EventStreamQuery } from "@/domain/events/stream-query";
import { answerIn, defineOperation } from "@/server/openapi/registry";
import { idParam } from "./params";

/** The stream is text; each message's `data:` is one StoryEvent (described in the components). */
const EventStreamText = z.string().meta({
  description:
    "Server-Sent Events. A change: `id: <event id>` and `data: <StoryEvent as JSON>`. Who is on the story: `event: presence` with `data: { viewers: [{ userId, name, role, articleId }] }`. `event: resync` when a reconnect missed more than 5,000 events (reload instead). A `: heartbeat` comment every 15 s (EVENTS_HEARTBEAT_SECONDS).",
  example:
    'id: 42\ndata: {"id":42,"at":"2026-12-04T10:00:00.000Z","storyId":"s1","actor":"Edith Editor","actorId":"u1","action":"updated","entity":"claim","entityId":"c1","version":3,"changed":["statement"],"record":{"id":"c1"}}\n\n',
});

export const eventOperations = [
  defineOperation({
    method: "get",
    path: "/api/v1/stories/{id}/events",
    operationId: "streamStoryEvents",
    tag: "Events",
    summary: "Follow a story's changes live (Server-Sent Events)",
    description: [
      "Every audited change of the story, as it is committed, on every app instance: `{ id, at, storyId, actor, actorId, action, entity, entityId, version, changed, record? }` (the `StoryEvent` schema). `record` is the record as the API answers it after the change, when it is small, so a client can update without a refetch; it is absent for deletions.",
      "Ids are monotonic within the story. Reconnect with the `Last-Event-ID` header (browsers' `EventSource` sends it by itself) or `?lastEventId=` to receive every event missed, from the database: nothing is lost across a dropped connection or a restart.",
      "Opening the stream also shows you to the story's other readers (`event: presence`), on the article named by `?article=`.",
    ].join("\n\n"),
    params: idParam("story"),
    query: EventStreamQuery,
    ok: { 200: answerIn("The event stream (stays open).", { "text/event-stream": EventStreamText }) },
    refusals: { 400: "`Last-Event-ID` (or `lastEventId`) is not an event id, or `article` is not an id.", 404: "No such story, or the article is not in it." },
  }),
];

/** Listed in the document's components so that clients can generate the event type. */
export const eventSchemas = { StoryEvent: StoryEventResponse };
