/** The live event as streams and webhooks answer it (docs/contract/API.md, Additions). */
import { z } from "zod";
import type { EventRow } from "@/data/events";

export const StoryEventResponse = z
  .object({
    id: z.number().int().meta({ description: "Monotonic within the story: a reconnect with `Last-Event-ID` replays every later event." }),
    at: z.string().meta({ description: "When the change was committed (ISO 8601)." }),
    storyId: z.string(),
    actor: z.string().meta({ description: "Who made the change (their name then)." }),
    actorId: z.string().nullable(),
    action: z.string().meta({ description: "Past tense: created, updated, deleted, restored, approved, sent_back, imported, reanchored, orphaned, ..." }),
    entity: z.string().meta({ description: "story, article, article_text, claim, proposition, link, comment, ..." }),
    entityId: z.string(),
    version: z.number().int().nullable().meta({ description: "The record's version after the change, when it has one." }),
    changed: z.array(z.string()).meta({ description: "The fields the change touched." }),
    record: z
      .unknown()
      .optional()
      .meta({ description: "The record as the API answers it after the change, when small: a client can update without a refetch." }),
  })
  .meta({ id: "StoryEvent" });

export type StoryEventDto = z.infer<typeof StoryEventResponse>;

export function toStoryEventDto(row: EventRow): StoryEventDto {
  const data = (row.data ?? {}) as { changed?: string[]; record?: unknown };
  return {
    id: row.id,
    at: row.at.toISOString(),
    storyId: row.storyId,
    actor: row.actorName,
    actorId: row.actorId,
    action: row.action,
    entity: row.entity,
    entityId: row.entityId,
    version: row.version,
    changed: data.changed ?? [],
    ...(data.record !== undefined && { record: data.record }),
  };
}
