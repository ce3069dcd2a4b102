/**
 * What a reader's event stream may carry: only what that reader may read elsewhere (issue 16, "a
 * viewer's stream carries nothing they may not read"). Accounts are never story events; everything
 * else in a story is readable by everyone who may open the story.
 */
import type { Asker } from "@/domain/auth/can";
import type { StoryEventDto } from "./schemas";

const PRIVATE_ENTITIES = new Set(["user", "token"]);

export function eventVisibleTo(_asker: Asker, event: StoryEventDto): boolean {
  return !PRIVATE_ENTITIES.has(event.entity);
}
