import type { Metadata } from "next";
import Link from "next/link";
import { roleLabel } from "@/domain/vocabulary";
import { getPageActor } from "@/server/auth/page-actor";

export const metadata: Metadata = { title: "Not allowed" };

const whoDoesWhat =
  "Viewers read stories and exports; analysts record claims and links and change their own work; editors change everything and approve; admins manage accounts.";

/**
 * The 403 page: shown, with status 403, when a role cannot use a page (requirePageAccess). Nothing
 * of the page is rendered; the person learns why and where to go instead.
 */
export default async function Forbidden() {
  const actor = await getPageActor();
  return (
    <div className="card empty forbidden" data-status="403">
      <h1>You cannot use this page</h1>
      <p>
        {actor ? (
          <>
            You are signed in as {actor.name} ({roleLabel[actor.role]}), and this page is for work your role does not include.{" "}
          </>
        ) : (
          "This page is for work your role does not include. "
        )}
        Ask an editor or an admin if you need it done.
      </p>
      <p className="muted">{whoDoesWhat}</p>
      <p>
        <Link className="button" href="/">
          Back to the stories
        </Link>
      </p>
    </div>
  );
}
