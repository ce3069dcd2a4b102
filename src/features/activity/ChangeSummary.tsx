/** The fields an audit entry changed, as "field: before → after" lines. */
export function ChangeSummary({ before, after }: { before: unknown; after: unknown }) {
  const b = (before ?? {}) as Record<string, unknown>;
  const a = (after ?? {}) as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  const show = (v: unknown) => {
    if (v === undefined) return "—";
    const text = typeof v === "string" ? v : JSON.stringify(v);
    return text.length > 120 ? `${text.slice(0, 117)}…` : text;
  };
  if (keys.length === 0) return null;
  return (
    <dl className="change-list">
      {keys.map((k) => (
        <div key={k}>
          <dt>{k}</dt>
          <dd>
            {before !== null && <del>{show(b[k])}</del>}
            {before !== null && after !== null && " → "}
            {after !== null && <ins>{show(a[k])}</ins>}
          </dd>
        </div>
      ))}
    </dl>
  );
}
