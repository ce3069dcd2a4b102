"use client";

import { useState } from "react";
import type { AccountDto } from "@/domain/users/schemas";
import { roleLabel, roles, type Role } from "@/domain/vocabulary-words";
import { resetPasswordAction, updateAccountAction } from "./actions";

const when = (iso: string | null) => (iso ? new Date(iso).toLocaleDateString("en-GB", { dateStyle: "medium" }) : "never");

/** One account: its role, enabled or disabled, and a new password, each changed at once. */
export function AccountRow({ initial, isSelf }: { initial: AccountDto; isSelf: boolean }) {
  const [account, setAccount] = useState(initial);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [password, setPassword] = useState<string | null>(null);

  async function change(input: { role?: Role; disabled?: boolean }, done: string) {
    const r = await updateAccountAction(account.id, { version: account.version, ...input });
    if (!r.ok) return setMessage({ ok: false, text: r.error.message });
    setAccount(r.data);
    setMessage({ ok: true, text: done });
  }

  async function savePassword() {
    const r = await resetPasswordAction(account.id, { password: password ?? "" });
    if (!r.ok) return setMessage({ ok: false, text: r.error.details?.[0] ? `The password ${r.error.details[0].message}.` : r.error.message });
    setPassword(null);
    setMessage({ ok: true, text: "Password set; the account was signed out everywhere." });
  }

  return (
    <tr data-disabled={account.disabled || undefined}>
      <th scope="row">
        {account.name}
        {isSelf && <span className="muted"> (you)</span>}
        <div className="muted">{account.email}</div>
      </th>
      <td>
        <label className="visually-hidden" htmlFor={`role-${account.id}`}>
          Role of {account.name}
        </label>
        <select
          id={`role-${account.id}`}
          value={account.role}
          onChange={(e) => void change({ role: e.target.value as Role }, `${account.name} is now ${roleLabel[e.target.value as Role]}.`)}
        >
          {roles.map((r) => (
            <option key={r} value={r}>
              {roleLabel[r]}
            </option>
          ))}
        </select>
      </td>
      <td>
        {account.disabled ? (
          <span className="badge badge-orphaned">Disabled</span>
        ) : (
          <span className="badge badge-status" data-status="approved">
            Enabled
          </span>
        )}
      </td>
      <td>{when(account.lastSeenAt)}</td>
      <td>
        <div className="claim-actions">
          <button
            type="button"
            className={`button button-small ${account.disabled ? "button-secondary" : "button-danger"}`}
            onClick={() =>
              void change(
                { disabled: !account.disabled },
                account.disabled ? `${account.name} can sign in again.` : `${account.name} is disabled and signed out.`,
              )
            }
          >
            {account.disabled ? "Enable" : "Disable"}
            <span className="visually-hidden"> {account.name}</span>
          </button>
          {password === null ? (
            <button type="button" className="button button-secondary button-small" onClick={() => setPassword("")}>
              Set password<span className="visually-hidden"> for {account.name}</span>
            </button>
          ) : (
            <form
              className="inline-form"
              onSubmit={(e) => {
                e.preventDefault();
                void savePassword();
              }}
            >
              <label className="visually-hidden" htmlFor={`pw-${account.id}`}>
                New password for {account.name}
              </label>
              <input
                id={`pw-${account.id}`}
                type="password"
                autoComplete="new-password"
                value={password}
                placeholder="New password"
                onChange={(e) => setPassword(e.target.value)}
              />
              <button type="submit" className="button button-small">
                Save
              </button>
              <button type="button" className="button button-secondary button-small" onClick={() => setPassword(null)}>
                Cancel
              </button>
            </form>
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
