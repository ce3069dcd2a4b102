import type { Metadata } from "next";
import { listMyNotifications } from "@/domain/notifications/service";
import { NotificationList } from "@/features/notifications/NotificationList";
import { requirePageActor } from "@/server/auth/page-actor";

export const metadata: Metadata = { title: "Notifications" };

/** What the signed-in person has been told, newest first (the last 100). */
export default async function NotificationsPage() {
  const actor = await requirePageActor("/notifications");
  const page = await listMyNotifications(actor, { limit: "100" });
  return (
    <>
      <div className="page-head">
        <div>
          <h1>Notifications</h1>
          <p>{page.unread ? `${page.unread} unread` : "All read"}</p>
        </div>
      </div>
      <NotificationList items={page.items} unread={page.unread} />
    </>
  );
}
