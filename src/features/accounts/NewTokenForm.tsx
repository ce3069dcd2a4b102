"use client";

import { useState } from "react";
import { issueTokenAction } from "./actions";

/** Creates an API token for the signed-in person and shows it once. */
export function NewTokenForm() {
  const [name, setName] = useState("");
  const [days, setDays] = useState("90");
  const [error, setError] = useState<string | null>(null);
  const [secret, setSecret] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);

  async function submit() {
    const r = await issueTokenAction({ name, ...(days && { expiresInDays: days }) });
    if (!r.ok) return setError(r.error.message);
    setError(null);
    setSecret(r.data.token);
    setCopied(false);
    setName("");
  }

  return (
    <form
      className="card"
      aria-labelledby="new-token-title"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h2 id="new-token-title">New API token</h2>
      <p className="hint">
        Scripts and other tools send it as <code>Authorization: Bearer …</code>. It acts with your role.
      </p>
      {error && (
        <div className="alert alert-error" role="alert">
          {error}
        </div>
      )}
      {secret && (
        <div className="alert alert-ok" role="status">
          <p>Copy this token now: it will not be shown again.</p>
          <code className="token-secret" data-testid="new-token">
            {secret}
          </code>
          <div className="form-actions">
            <button
              type="button"
              className="button button-secondary button-small"
              onClick={() => {
                void navigator.clipboard?.writeText(secret).then(() => setCopied(true));
              }}
            >
              {copied ? "Copied" : "Copy"}
            </button>
          </div>
        </div>
      )}
      <div className="filters">
        <div className="field">
          <label htmlFor="token-name">Name</label>
          <input id="token-name" value={name} placeholder="e.g. newsroom export script" onChange={(e) => setName(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="token-days">Expires after</label>
          <select id="token-days" value={days} onChange={(e) => setDays(e.target.value)}>
            <option value="7">7 days</option>
            <option value="30">30 days</option>
            <option value="90">90 days</option>
            <option value="365">1 year</option>
            <option value="">Never</option>
          </select>
        </div>
      </div>
      <div className="form-actions">
        <button type="submit" className="button">
          Create token
        </button>
      </div>
    </form>
  );
}
