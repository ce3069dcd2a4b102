"use client";
/**
 * "Notifications (3)" in the header, kept current live from the person's own channel
 * (GET /api/v1/me/events), with each new notification announced to screen readers (issue 16).
 */
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import type { NotificationDto } from "@/domain/notifications/schemas";
import { onMyChannel, onMyChannelOpen } from "./me-channel";

export function NotificationsLink({ initialUnread }: { initialUnread: number }) {
  const router = useRouter();
  const [unread, setUnread] = useState(initialUnread);
  const [latest, setLatest] = useState<NotificationDto | null>(null);
  const [listening, setListening] = useState(false);
  useEffect(() => {
    let first = true;
    const stopOpen = onMyChannelOpen(() => setListening(true));
    const stop = onMyChannel("notifications", (raw) => {
      const data = raw as { unread: number; items: NotificationDto[] };
      setUnread(data.unread);
      const newest = data.items[data.items.length - 1];
      if (newest && !first) {
        setLatest(newest);
        if (window.location.pathname === "/notifications") router.refresh();
      }
      first = false;
    });
    return () => {
      stop();
      stopOpen();
    };
  }, [router]);
  return (
    <>
      <Link
        href="/notifications"
        className="notifications-link"
        data-live={listening ? "on" : undefined}
        aria-label={unread ? `Notifications, ${unread} unread` : "Notifications"}
      >
        Notifications{unread > 0 && <span className="unread-count">{unread}</span>}
      </Link>
      <span className="visually-hidden notifications-announcer" aria-live="polite">
        {latest ? `New notification: ${latest.title}` : ""}
      </span>
    </>
  );
}
