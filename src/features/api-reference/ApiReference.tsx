import type { oas31 } from "zod-openapi";
import { apiLimits } from "@/server/openapi/limits";
import { FieldTable } from "./FieldTable";
import { BlockMarkdown, InlineMarkdown } from "./InlineMarkdown";
import { OperationView } from "./OperationView";
import { type Components, fieldRows, typeLabel } from "./schema-rows";

const METHODS = ["get", "post", "put", "patch", "delete"] as const;

/** The API reference, rendered from the OpenAPI document the server publishes. */
export function ApiReference({ document }: { document: oas31.OpenAPIObject }) {
  const components = (document.components?.schemas ?? {}) as Components;
  const schemaNames = new Set(Object.keys(components));
  const operations = Object.entries(document.paths ?? {}).flatMap(([path, item]) =>
    METHODS.filter((m) => item[m]).map((method) => ({ path, method, op: item[method]! })),
  );
  const [conventions] = (document.info.description ?? "").split("\n## Limits");
  const tags = document.tags ?? [];
  return (
    <div className="api-reference">
      <nav className="api-toc card" aria-label="API reference contents">
        <p className="api-toc-title">On this page</p>
        <ul>
          <li>
            <a href="#conventions">Conventions</a>
          </li>
          <li>
            <a href="#limits">Limits</a>
          </li>
          {tags.map((tag) => (
            <li key={tag.name}>
              <a href={`#tag-${tag.name}`}>{tag.name}</a>
              <ul>
                {operations
                  .filter((o) => o.op.tags?.[0] === tag.name)
                  .map((o) => (
                    <li key={o.op.operationId}>
                      <a href={`#${o.op.operationId}`}>{o.op.summary}</a>
                    </li>
                  ))}
              </ul>
            </li>
          ))}
          <li>
            <a href="#schemas">Schemas</a>
          </li>
        </ul>
      </nav>

      <div className="api-content">
        <div className="page-head">
          <div>
            <h1>{document.info.title} reference</h1>
            <p className="muted">
              Version {document.info.version} · OpenAPI {document.openapi} · <a href="/api/v1/openapi.json">Download the OpenAPI document (JSON)</a>
            </p>
          </div>
        </div>

        <section className="card api-intro" id="conventions" aria-label="Conventions">
          <BlockMarkdown text={conventions ?? ""} />
        </section>

        <section className="card api-intro" id="limits" aria-labelledby="limits-title">
          <h2 id="limits-title">Limits</h2>
          <div className="table-wrap api-table-wrap" role="region" aria-label="Limits the server enforces" tabIndex={0}>
            <table className="api-table">
              <caption className="visually-hidden">Limits the server enforces</caption>
              <thead>
                <tr>
                  <th scope="col">What</th>
                  <th scope="col">Limit</th>
                  <th scope="col">Details</th>
                </tr>
              </thead>
              <tbody>
                {apiLimits.map((limit) => (
                  <tr key={limit.name}>
                    <th scope="row">{limit.name}</th>
                    <td>{limit.value}</td>
                    <td>
                      <InlineMarkdown text={limit.detail} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>

        {tags.map((tag) => (
          <section key={tag.name} id={`tag-${tag.name}`} className="api-tag" aria-labelledby={`tag-${tag.name}-title`}>
            <h2 id={`tag-${tag.name}-title`}>{tag.name}</h2>
            {tag.description && <p className="muted">{tag.description}</p>}
            {operations
              .filter((o) => o.op.tags?.[0] === tag.name)
              .map((o) => (
                <OperationView key={o.op.operationId} method={o.method} path={o.path} op={o.op} components={components} schemaNames={schemaNames} />
              ))}
          </section>
        ))}

        <section id="schemas" className="api-tag" aria-labelledby="schemas-title">
          <h2 id="schemas-title">Schemas</h2>
          {Object.entries(components).map(([name, schema]) => {
            const rows = fieldRows(schema, components);
            const description = "$ref" in schema ? undefined : schema.description;
            return (
              <article key={name} id={`schema-${name}`} className="card api-op" aria-labelledby={`schema-${name}-title`}>
                <h3 id={`schema-${name}-title`}>
                  <code>{name}</code>
                </h3>
                {description && (
                  <p>
                    <InlineMarkdown text={description} />
                  </p>
                )}
                {rows.length > 0 ? (
                  <FieldTable rows={rows} caption={`Fields of ${name}`} schemaNames={schemaNames} />
                ) : (
                  <p>
                    <code className="api-type">{typeLabel(schema, components)}</code>
                  </p>
                )}
              </article>
            );
          })}
        </section>
      </div>
    </div>
  );
}
