"use client";

import { useState } from "react";
import { ALL_EVENTS, EVENT_CHOICES } from "@/domain/webhooks/event-choices";
import { createWebhookAction } from "./actions";

/** A random secret for the admin to copy to the receiver (hex, 32 bytes). */
function randomSecret(): string {
  const bytes = new Uint8Array(32);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

/** Registers a webhook: its URL, the events it gets, and the secret that signs them (shown only here). */
export function NewWebhookForm() {
  const [url, setUrl] = useState("");
  const [secret, setSecret] = useState("");
  const [events, setEvents] = useState<Set<string>>(new Set([ALL_EVENTS]));
  const [error, setError] = useState<{ message: string; fields: Record<string, string> } | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const all = events.has(ALL_EVENTS);
  const toggle = (name: string) =>
    setEvents((current) => {
      const next = new Set(current);
      if (next.has(name)) next.delete(name);
      else next.add(name);
      return next;
    });

  async function submit() {
    const r = await createWebhookAction({ url, secret, events: all ? [ALL_EVENTS] : [...events] });
    if (!r.ok) {
      const fields = Object.fromEntries((r.error.details ?? []).map((d) => [d.path.split(".")[0]!, d.message]));
      return setError({ message: r.error.message, fields });
    }
    setError(null);
    setDone(`Registered ${r.data.url}. Deliveries are signed with the secret ending in ${r.data.secretLastFour}.`);
    setUrl("");
    setSecret("");
  }

  return (
    <form
      className="card"
      aria-labelledby="new-webhook-title"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h2 id="new-webhook-title">Register a webhook</h2>
      <p className="hint">
        Claimboard POSTs each event as JSON, signed: <code>X-Claimboard-Signature: sha256=…</code> is the HMAC-SHA256 of <code>timestamp.body</code> with the
        secret, <code>X-Claimboard-Timestamp</code> the time in seconds. Failed deliveries are retried with growing pauses.
      </p>
      {error && (
        <div className="alert alert-error" role="alert">
          {error.message}
        </div>
      )}
      {done && (
        <div className="alert alert-ok" role="status">
          {done}
        </div>
      )}
      <div className="filters">
        <div className="field">
          <label htmlFor="webhook-url">URL</label>
          <input
            id="webhook-url"
            type="url"
            inputMode="url"
            value={url}
            placeholder="https://example.org/claimboard"
            aria-invalid={error?.fields.url ? true : undefined}
            aria-describedby={error?.fields.url ? "webhook-url-error" : undefined}
            onChange={(e) => setUrl(e.target.value)}
          />
          {error?.fields.url && (
            <p className="field-error" id="webhook-url-error">
              {error.fields.url}
            </p>
          )}
        </div>
        <div className="field">
          <label htmlFor="webhook-secret">Secret</label>
          <div className="inline-form">
            <input
              id="webhook-secret"
              value={secret}
              autoComplete="off"
              spellCheck={false}
              aria-invalid={error?.fields.secret ? true : undefined}
              aria-describedby="webhook-secret-hint"
              onChange={(e) => setSecret(e.target.value)}
            />
            <button type="button" className="button button-secondary button-small" onClick={() => setSecret(randomSecret())}>
              Generate
            </button>
          </div>
          <p className="hint" id="webhook-secret-hint">
            {error?.fields.secret ? `The secret ${error.fields.secret}.` : "At least 16 characters. Copy it to the receiver now: it is not shown again."}
          </p>
        </div>
      </div>
      <fieldset className="webhook-events">
        <legend>Events</legend>
        <label className="check">
          <input type="checkbox" checked={all} onChange={() => toggle(ALL_EVENTS)} /> All events
        </label>
        {!all && (
          <div className="webhook-event-groups">
            {EVENT_CHOICES.map((group) => (
              <fieldset key={group.entity}>
                <legend>{group.label}</legend>
                {group.actions.map((action) => {
                  const name = `${group.entity}.${action}`;
                  return (
                    <label key={name} className="check">
                      <input type="checkbox" checked={events.has(name)} onChange={() => toggle(name)} /> {action.replace("_", " ")}
                    </label>
                  );
                })}
              </fieldset>
            ))}
          </div>
        )}
        {error?.fields.events && <p className="field-error">The events {error.fields.events}.</p>}
      </fieldset>
      <div className="form-actions">
        <button type="submit" className="button">
          Register webhook
        </button>
      </div>
    </form>
  );
}
