import { z } from "zod";
import { AllReadResponse, MarkNotificationInput, NotificationPageResponse, NotificationQuery, NotificationResponse } from "@/domain/notifications/schemas";
import { PeopleQuery, PeopleResponse } from "@/domain/notifications/people";
import { answer, answerIn, defineOperation } from "@/server/openapi/registry";

const notification = z.object({ id: z.string().meta({ description: "The notification's id (a whole number)." }) });

const NotificationStreamText = z.string().meta({
  description:
    "Server-Sent Events: `event: notifications`, `id: <newest notification id>`, `data: { unread, items: [Notification, ...] }` — on connecting (items empty) and whenever something new is written for you, on any instance. Reconnecting with `Last-Event-ID` sends what is new since. A `: heartbeat` comment every 15 s.",
});

export const notificationOperations = [
  defineOperation({
    method: "get",
    path: "/api/v1/people",
    operationId: "listPeople",
    tag: "Notifications",
    summary: "Find people to @mention",
    description:
      "Active accounts whose names contain `q` (case and accents ignored), names starting with it first. `@Full Name` in a comment notifies that person.",
    query: PeopleQuery,
    ok: { 200: answer(PeopleResponse, "Matching people.") },
  }),
  defineOperation({
    method: "get",
    path: "/api/v1/me/notifications",
    operationId: "listMyNotifications",
    tag: "Notifications",
    summary: "List your notifications",
    description: "Newest first, with how many are unread. `?unread=true` for unread ones only.",
    query: NotificationQuery,
    ok: { 200: answer(NotificationPageResponse, "A page of your notifications.") },
  }),
  defineOperation({
    method: "post",
    path: "/api/v1/me/notifications/read",
    operationId: "markAllNotificationsRead",
    tag: "Notifications",
    summary: "Mark all your notifications read",
    ok: { 200: answer(AllReadResponse, "How many were marked.") },
  }),
  defineOperation({
    method: "patch",
    path: "/api/v1/notifications/{id}",
    operationId: "markNotification",
    tag: "Notifications",
    summary: "Mark one of your notifications read or unread",
    params: notification,
    body: MarkNotificationInput,
    ok: { 200: answer(NotificationResponse, "The notification.") },
    refusals: { 404: "No such notification of yours." },
  }),
  defineOperation({
    method: "get",
    path: "/api/v1/me/events",
    operationId: "streamMyEvents",
    tag: "Notifications",
    summary: "Follow your notifications live (Server-Sent Events)",
    query: z.object({ lastEventId: z.string().optional().meta({ description: "Resume after this notification id, like `Last-Event-ID`." }) }),
    ok: { 200: answerIn("Your live channel (stays open).", { "text/event-stream": NotificationStreamText }) },
    refusals: { 400: "`Last-Event-ID` (or `lastEventId`) is not a notification id." },
  }),
];
