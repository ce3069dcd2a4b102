import Link from "next/link";
import { can } from "@/domain/auth/can";
import { countPendingReview } from "@/domain/review/service";
import { roleLabel } from "@/domain/vocabulary-words";
import { signOutAction } from "@/features/auth/actions";
import { NotificationsLink } from "@/features/notifications/NotificationsLink";
import { ReviewLink } from "@/features/notifications/ReviewLink";
import { unreadNotifications } from "@/domain/notifications/service";
import { getPageActor } from "@/server/auth/page-actor";

export async function AppHeader() {
  const actor = await getPageActor();
  // Editors see how much waits for them; a failed count never takes the page down with it.
  const pending = actor && can(actor, "review") ? await countPendingReview(actor).catch(() => null) : null;
  const unread = actor ? await unreadNotifications(actor).catch(() => 0) : 0;
  return (
    <header className="app-header">
      <Link href="/" className="brand">
        <span className="brand-mark" aria-hidden="true">
          CB
        </span>
        Claimboard
      </Link>
      <nav className="app-nav" aria-label="Main">
        {actor && <Link href="/">Stories</Link>}
        {can(actor, "annotate") && <Link href="/my-work">My work</Link>}
        {actor && <ReviewLink initialPending={pending} />}
        {can(actor, "manage-accounts") && <Link href="/admin">Accounts</Link>}
        <Link href="/api-reference">API</Link>
        {actor && <NotificationsLink initialUnread={unread} />}
      </nav>
      {actor && (
        <div className="user-menu">
          <Link href="/account" className="user-link">
            {actor.name} <span className="role-chip">{roleLabel[actor.role]}</span>
          </Link>
          <form action={signOutAction}>
            <button type="submit" className="button button-quiet">
              Sign out
            </button>
          </form>
        </div>
      )}
    </header>
  );
}
