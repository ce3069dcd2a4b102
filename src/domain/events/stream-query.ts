/** What an event stream is asked for: where to resume, and which article the reader is on (presence). */
import { z } from "zod";
import { parseInput } from "@/domain/errors";
import { FilterId } from "@/domain/filters";

const EventId = z
  .string()
  .regex(/^\d{1,15}$/, "must be the id of an event (a whole number)")
  .transform(Number);

export const EventStreamQuery = z.object({
  article: FilterId.meta({ description: "The article the reader has open, shown to others as their presence." }),
  lastEventId: EventId.optional().meta({
    description: "Resume after this event, like the `Last-Event-ID` header (which wins when both are sent); for clients that cannot set headers.",
  }),
});

export function parseEventStreamQuery(query: Record<string, string>, lastEventIdHeader: string | null) {
  const merged = { ...query, ...(lastEventIdHeader !== null && lastEventIdHeader !== "" && { lastEventId: lastEventIdHeader }) };
  return parseInput(EventStreamQuery, merged);
}
