"use client";

import Link from "next/link";
import { useState } from "react";
import type { WebhookDto } from "@/domain/webhooks/service";
import { deleteWebhookAction, updateWebhookAction } from "./actions";

/** One webhook: where it delivers, what, whether it is on; disable or enable, delete (asked twice, in the page). */
export function WebhookRow({ initial }: { initial: WebhookDto }) {
  const [hook, setHook] = useState(initial);
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  async function toggle() {
    const r = await updateWebhookAction(hook.id, { version: hook.version, disabled: !hook.disabled });
    if (!r.ok) return setMessage({ ok: false, text: r.error.message });
    setHook(r.data);
    setMessage({ ok: true, text: r.data.disabled ? "Disabled: no new deliveries." : "Enabled again." });
  }

  async function remove() {
    const r = await deleteWebhookAction(hook.id);
    if (!r.ok) setMessage({ ok: false, text: r.error.message });
  }

  return (
    <tr data-disabled={hook.disabled || undefined}>
      <th scope="row" className="webhook-url">
        <Link href={`/admin/webhooks/${hook.id}`}>{hook.url}</Link>
        <div className="muted">secret …{hook.secretLastFour}</div>
      </th>
      <td data-label="Events">{hook.events.includes("*") ? "All events" : hook.events.join(", ")}</td>
      <td data-label="Status">
        {hook.disabled ? (
          <span className="badge badge-orphaned">Disabled</span>
        ) : (
          <span className="badge badge-status" data-status="approved">
            Enabled
          </span>
        )}
      </td>
      <td>
        <div className="claim-actions">
          <Link className="button button-secondary button-small" href={`/admin/webhooks/${hook.id}`}>
            Deliveries<span className="visually-hidden"> of {hook.url}</span>
          </Link>
          <button type="button" className="button button-secondary button-small" onClick={() => void toggle()}>
            {hook.disabled ? "Enable" : "Disable"}
            <span className="visually-hidden"> {hook.url}</span>
          </button>
          {confirming ? (
            <>
              <button type="button" className="button button-danger button-small" onClick={() => void remove()}>
                Delete for good<span className="visually-hidden"> {hook.url}</span>
              </button>
              <button type="button" className="button button-secondary button-small" onClick={() => setConfirming(false)}>
                Keep
              </button>
            </>
          ) : (
            <button type="button" className="button button-danger button-small" onClick={() => setConfirming(true)}>
              Delete<span className="visually-hidden"> {hook.url}</span>
            </button>
          )}
        </div>
        {message && (
          <p className={message.ok ? "hint" : "field-error"} role={message.ok ? "status" : "alert"}>
            {message.text}
          </p>
        )}
      </td>
    </tr>
  );
}
