/** Notifications as the API answers and takes them (docs/contract/API.md, Additions). */
import { z } from "zod";
import { IsoDateTime } from "@/domain/api-shapes";
import { PageQuery } from "@/domain/pagination";

export const notificationKinds = ["assigned", "approved", "sent_back", "reply", "mention", "revised"] as const;

export const NotificationResponse = z
  .object({
    id: z.number().int(),
    at: IsoDateTime,
    kind: z.enum(notificationKinds).meta({
      description:
        "`assigned` (work given to you), `approved` / `sent_back` (your claim or link), `reply` (a comment in a thread you are in), `mention` (`@you`), `revised` (a re-fetch found the published text of an article you are assigned changed).",
    }),
    read: z.boolean(),
    title: z.string().meta({ description: "One line, ready to show." }),
    note: z.string().meta({ description: "The reviewer's note, the comment, the assignment's note (may be empty)." }),
    link: z.string().meta({ description: "Where it leads: a path in the app." }),
    storyId: z.string().nullable(),
    entity: z.string(),
    entityId: z.string(),
    actor: z.string().meta({ description: "Who caused it." }),
    actorId: z.string().nullable(),
  })
  .meta({ id: "Notification" });
export type NotificationDto = z.infer<typeof NotificationResponse>;

export const NotificationPageResponse = z
  .object({
    items: z.array(NotificationResponse),
    nextCursor: z.string().nullable(),
    unread: z.number().int().meta({ description: "How many are unread in all." }),
  })
  .meta({ id: "NotificationPage" });

export const NotificationQuery = PageQuery.extend({
  unread: z.enum(["true", "false"], { message: 'must be "true" or "false"' }).optional().meta({ description: "`true`: only unread ones." }),
});

export const MarkNotificationInput = z.strictObject({ read: z.boolean({ message: "must be true or false" }) });
export const AllReadResponse = z.object({ marked: z.number().int(), unread: z.number().int() }).meta({ id: "NotificationsMarkedRead" });
