import type { Metadata } from "next";
import Link from "next/link";
import { listWebhooks } from "@/domain/webhooks/service";
import { NewWebhookForm } from "@/features/webhooks/NewWebhookForm";
import { WebhookRow } from "@/features/webhooks/WebhookRow";
import { requirePageAccess } from "@/server/auth/page-access";

export const metadata: Metadata = { title: "Webhooks" };

/** Admins register outbound webhooks, switch them off and on, delete them, and read their delivery logs. */
export default async function WebhooksPage() {
  const actor = await requirePageAccess("webhooks.manage", "/admin/webhooks");
  const hooks = await listWebhooks(actor);
  return (
    <>
      <div className="page-head">
        <div>
          <h1>Webhooks</h1>
          <p>
            Other systems hear of changes as they happen: each change to a story is sent to the webhooks that subscribe to it.{" "}
            <Link href="/admin">Accounts</Link>
          </p>
        </div>
      </div>
      <NewWebhookForm />
      {hooks.length === 0 ? (
        <p className="card hint" style={{ marginTop: "1rem" }}>
          No webhooks yet.
        </p>
      ) : (
        <div className="card table-wrap" style={{ marginTop: "1rem" }}>
          <table className="data-table stacked-table">
            <caption className="visually-hidden">Webhooks</caption>
            <thead>
              <tr>
                <th scope="col">URL</th>
                <th scope="col">Events</th>
                <th scope="col">Status</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {hooks.map((h) => (
                <WebhookRow key={`${h.id}-${h.version}`} initial={h} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
