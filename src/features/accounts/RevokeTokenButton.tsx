"use client";

import { useState } from "react";
import { revokeTokenAction } from "./actions";

export function RevokeTokenButton({ id, name }: { id: string; name: string }) {
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <button
        type="button"
        className="button button-danger button-small"
        onClick={async () => {
          const r = await revokeTokenAction(id);
          if (!r.ok) setError(r.error.message);
        }}
      >
        Revoke<span className="visually-hidden"> {name}</span>
      </button>
      {error && (
        <span className="field-error" role="alert">
          {" "}
          {error}
        </span>
      )}
    </>
  );
}
