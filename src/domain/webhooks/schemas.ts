/** What admins send to register and change outbound webhooks (docs/contract/API.md, Additions). */
import { z } from "zod";
import { Version } from "@/domain/stories/schemas";

/** `<entity>.<action>` with the action in the past tense (`claim.created`), or `*` for every event. */
export const EventName = z
  .string()
  .trim()
  .max(80, "must be at most 80 characters")
  .regex(/^(\*|[a-z][a-z_]*\.[a-z][a-z_]*)$/, 'must be "*" or <entity>.<action>, e.g. "claim.created"');

const Events = z
  .array(EventName, "must be a list of event names")
  .min(1, "must name at least one event")
  .max(50, "must name at most 50 events")
  .transform((names) => [...new Set(names)]);

const Url = z.string("must be a URL").trim().min(1, "must not be empty").max(2000, "must be at most 2000 characters");

/** Long enough to resist guessing; the receiver keeps the same value to check signatures. */
const Secret = z.string("must be text").min(16, "must be at least 16 characters").max(200, "must be at most 200 characters");

export const CreateWebhookInput = z.strictObject({ url: Url, events: Events, secret: Secret });

export const UpdateWebhookInput = z.strictObject({
  version: Version,
  url: Url.optional(),
  events: Events.optional(),
  disabled: z.boolean("must be true or false").optional(),
});

export type CreateWebhook = z.infer<typeof CreateWebhookInput>;
