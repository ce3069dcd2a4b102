import type { DeliveryDto } from "@/domain/webhooks/service";
import { RetryDeliveryButton } from "./RetryDeliveryButton";

const when = (iso: string | null) =>
  iso ? new Date(iso).toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "medium", timeZone: "UTC" }) + " UTC" : "—";

const statusBadge = (status: DeliveryDto["status"]) =>
  status === "delivered" ? (
    <span className="badge badge-status" data-status="approved">
      Delivered
    </span>
  ) : status === "failed" ? (
    <span className="badge badge-orphaned">Failed</span>
  ) : (
    <span className="badge badge-status">Pending</span>
  );

/** A webhook's latest deliveries: what, how it went (the receiver's code or the error), and what comes next. */
export function DeliveryLog({ webhookId, deliveries }: { webhookId: string; deliveries: DeliveryDto[] }) {
  if (deliveries.length === 0) return <p className="card hint">No deliveries yet: they appear here as the subscribed events happen.</p>;
  return (
    <div className="card table-wrap">
      <table className="data-table delivery-log stacked-table">
        <caption className="visually-hidden">Deliveries, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Event</th>
            <th scope="col">Status</th>
            <th scope="col">Code</th>
            <th scope="col">Attempts</th>
            <th scope="col">Next attempt</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {deliveries.map((d) => (
            <tr key={d.id} data-status={d.status}>
              <th scope="row">
                <code>{d.event}</code>
                <div className="muted">{when(d.createdAt)}</div>
              </th>
              <td data-label="Status">
                {statusBadge(d.status)}
                {d.lastError && <div className="muted">{d.lastError}</div>}
              </td>
              <td data-label="Code">{d.lastStatusCode ?? "—"}</td>
              <td data-label="Attempts">{d.attempts}</td>
              <td data-label="Next attempt">{d.status === "pending" ? when(d.nextAttemptAt) : d.deliveredAt ? `delivered ${when(d.deliveredAt)}` : "—"}</td>
              <td>{d.status !== "delivered" && <RetryDeliveryButton webhookId={webhookId} deliveryId={d.id} event={d.event} />}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
