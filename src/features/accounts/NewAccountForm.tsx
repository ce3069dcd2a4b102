"use client";

import { useState } from "react";
import { roleLabel, roles, type Role } from "@/domain/vocabulary-words";
import { createAccountAction } from "./actions";

const empty = { name: "", email: "", role: "analyst" as Role, password: "" };

/** An admin creates an account and tells the person their first password. */
export function NewAccountForm() {
  const [values, setValues] = useState(empty);
  const [fields, setFields] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const set = (k: keyof typeof empty, v: string) => setValues((x) => ({ ...x, [k]: v }));

  async function submit() {
    const r = await createAccountAction(values);
    if (!r.ok) {
      setFields(Object.fromEntries((r.error.details ?? []).map((d) => [d.path, d.message])));
      setMessage({ ok: false, text: r.error.message });
      return;
    }
    setFields({});
    setValues(empty);
    setMessage({ ok: true, text: `Created ${r.data.email} (${roleLabel[r.data.role]}). Give them the password you chose; they can sign in now.` });
  }

  const err = (k: string) =>
    fields[k] && (
      <span className="field-error" id={`acc-${k}-error`}>
        {fields[k]}
      </span>
    );
  return (
    <form
      className="card"
      aria-labelledby="new-account-title"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h2 id="new-account-title">New account</h2>
      {message && (
        <div className={`alert ${message.ok ? "alert-ok" : "alert-error"}`} role={message.ok ? "status" : "alert"}>
          {message.text}
        </div>
      )}
      <div className="filters">
        <div className="field">
          <label htmlFor="acc-name">Name</label>
          <input
            id="acc-name"
            value={values.name}
            onChange={(e) => set("name", e.target.value)}
            aria-invalid={fields.name ? true : undefined}
            aria-describedby={fields.name ? "acc-name-error" : undefined}
          />
          {err("name")}
        </div>
        <div className="field">
          <label htmlFor="acc-email">Email</label>
          <input
            id="acc-email"
            type="email"
            value={values.email}
            onChange={(e) => set("email", e.target.value)}
            aria-invalid={fields.email ? true : undefined}
            aria-describedby={fields.email ? "acc-email-error" : undefined}
          />
          {err("email")}
        </div>
        <div className="field">
          <label htmlFor="acc-role">Role</label>
          <select id="acc-role" value={values.role} onChange={(e) => set("role", e.target.value)}>
            {roles.map((r) => (
              <option key={r} value={r}>
                {roleLabel[r]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="acc-password">First password</label>
          <input
            id="acc-password"
            type="password"
            autoComplete="new-password"
            value={values.password}
            onChange={(e) => set("password", e.target.value)}
            aria-invalid={fields.password ? true : undefined}
            aria-describedby="acc-password-hint"
          />
          <span className="hint" id="acc-password-hint">
            {fields.password ?? "At least 8 characters."}
          </span>
        </div>
      </div>
      <div className="form-actions">
        <button type="submit" className="button">
          Create account
        </button>
      </div>
    </form>
  );
}
