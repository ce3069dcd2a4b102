"use client";
/** The person's notifications: each says what happened and links to it; mark read one by one or all. */
import Link from "next/link";
import { useTransition } from "react";
import type { NotificationDto } from "@/domain/notifications/schemas";
import { formatWhen } from "@/features/shell/when";
import { markAllNotificationsReadAction, markNotificationAction } from "./actions";

const kindLabel: Record<NotificationDto["kind"], string> = {
  assigned: "Assigned",
  approved: "Approved",
  sent_back: "Sent back",
  reply: "Reply",
  mention: "Mention",
  revised: "Text changed",
};

export function NotificationList({ items, unread }: { items: NotificationDto[]; unread: number }) {
  const [pending, start] = useTransition();
  if (items.length === 0)
    return (
      <div className="card empty">
        Nothing yet. You will be told here when work is assigned to you, when your claims are approved or sent back, and when someone replies to or mentions
        you.
      </div>
    );
  return (
    <>
      <div className="form-actions">
        <button
          type="button"
          className="button button-secondary"
          disabled={pending || unread === 0}
          onClick={() => start(async () => void (await markAllNotificationsReadAction({ upTo: Math.max(...items.map((n) => n.id)) })))}
        >
          Mark all read
        </button>
      </div>
      <ol className="notification-list">
        {items.map((n) => (
          <li key={n.id} className={`card notification${n.read ? "" : " is-unread"}`} data-entity-id={n.entityId}>
            <div className="notification-head">
              <span className={`notification-kind kind-${n.kind}`}>{kindLabel[n.kind]}</span>
              <time dateTime={n.at} className="muted">
                {formatWhen(n.at)}
              </time>
              {!n.read && <span className="visually-hidden">Unread.</span>}
            </div>
            <p className="notification-title">
              <Link href={n.link} onClick={() => !n.read && void markNotificationAction(String(n.id), true)}>
                {n.title}
              </Link>
            </p>
            {n.note && <blockquote className="notification-note">{n.note}</blockquote>}
            <button
              type="button"
              className="button button-quiet button-small"
              disabled={pending}
              onClick={() => start(async () => void (await markNotificationAction(String(n.id), !n.read)))}
            >
              {n.read ? "Mark unread" : "Mark read"}
            </button>
          </li>
        ))}
      </ol>
    </>
  );
}
