import type { FieldRow } from "./schema-rows";
import { InlineMarkdown } from "./InlineMarkdown";

/** Fields of a body or an answer, with their types and the limits the server checks. */
export function FieldTable({ rows, caption, schemaNames }: { rows: FieldRow[]; caption: string; schemaNames: Set<string> }) {
  return (
    // Scrolls sideways on a phone, so it is reachable by keyboard (axe: scrollable-region-focusable).
    <div className="table-wrap api-table-wrap" role="region" aria-label={caption} tabIndex={0}>
      <table className="api-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Field</th>
            <th scope="col">Type</th>
            <th scope="col">Details</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.name}>
              <th scope="row">
                <code>{row.name}</code>
                {row.required ? <span className="api-required"> required</span> : <span className="api-optional"> optional</span>}
              </th>
              <td>
                <TypeLabel label={row.type} schemaNames={schemaNames} />
              </td>
              <td>
                {row.description && <InlineMarkdown text={row.description} />}
                {row.constraints.length > 0 && <span className="api-constraints">{row.constraints.join(" · ")}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A type label whose named schemas link to their definitions. */
export function TypeLabel({ label, schemaNames }: { label: string; schemaNames: Set<string> }) {
  const parts = label.split(/(\b[A-Z][A-Za-z]+\b)/g);
  return (
    <code className="api-type">
      {parts.map((part, i) =>
        schemaNames.has(part) ? (
          <a key={i} href={`#schema-${part}`}>
            {part}
          </a>
        ) : (
          part
        ),
      )}
    </code>
  );
}
