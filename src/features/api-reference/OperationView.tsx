import type { oas31 } from "zod-openapi";
import { FieldTable, TypeLabel } from "./FieldTable";
import { BlockMarkdown, InlineMarkdown } from "./InlineMarkdown";
import { type Components, constraintsOf, fieldRows, refName, typeLabel } from "./schema-rows";

const statusText: Record<string, string> = {
  "200": "OK",
  "201": "Created",
  "204": "No Content",
  "400": "Bad Request",
  "401": "Unauthorized",
  "403": "Forbidden",
  "404": "Not Found",
  "409": "Conflict",
  "413": "Content Too Large",
  "429": "Too Many Requests",
};

const schemaDescription = (schema: Components[string] | undefined) => (schema && !("$ref" in schema) ? schema.description : undefined);

interface Props {
  method: string;
  path: string;
  op: oas31.OperationObject;
  components: Components;
  schemaNames: Set<string>;
}

export function OperationView({ method, path, op, components, schemaNames }: Props) {
  const id = op.operationId!;
  const params = (op.parameters ?? []) as oas31.ParameterObject[];
  const bodyContent = (op.requestBody as oas31.RequestBodyObject | undefined)?.content ?? {};
  const body = bodyContent["application/json"]?.schema;
  const otherBodies = Object.entries(bodyContent).filter(([type, media]) => type !== "application/json" && media.schema);
  const isPublic = Array.isArray(op.security) && op.security.length === 0;
  const bodyVariants = body && !("$ref" in body) && body.anyOf ? body.anyOf : body ? [body] : [];
  return (
    <article className="card api-op" id={id} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{op.summary}</h3>
      <p className="api-op-line">
        <span className={`api-method api-method-${method}`}>{method.toUpperCase()}</span> <code>{path}</code>
        {isPublic && <span className="badge badge-status api-public">No authentication</span>}
      </p>
      {op.description && <BlockMarkdown text={op.description} headingLevel={3} />}

      {params.length > 0 && (
        <>
          <h4>Parameters</h4>
          <div className="table-wrap api-table-wrap" role="region" aria-label={`Parameters of ${op.summary}`} tabIndex={0}>
            <table className="api-table">
              <caption className="visually-hidden">Parameters of {op.summary}</caption>
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">In</th>
                  <th scope="col">Type</th>
                  <th scope="col">Details</th>
                </tr>
              </thead>
              <tbody>
                {params.map((p) => (
                  <tr key={`${p.in}-${p.name}`}>
                    <th scope="row">
                      <code>{p.name}</code>
                      {p.required ? <span className="api-required"> required</span> : <span className="api-optional"> optional</span>}
                    </th>
                    <td>{p.in}</td>
                    <td>{p.schema && <TypeLabel label={typeLabel(p.schema, components)} schemaNames={schemaNames} />}</td>
                    <td>
                      {p.description && <InlineMarkdown text={p.description} />}
                      {p.schema && constraintsOf(p.schema, components).length > 0 && (
                        <span className="api-constraints">{constraintsOf(p.schema, components).join(" · ")}</span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}

      {bodyVariants.length > 0 && (
        <>
          <h4>Request body</h4>
          {bodyVariants.length > 1 && <p>One of:</p>}
          {bodyVariants.map((variant, i) => {
            const name = "$ref" in variant && variant.$ref ? refName(variant.$ref) : undefined;
            const resolved = name ? components[name] : variant;
            const description = resolved && !("$ref" in resolved) ? resolved.description : undefined;
            return (
              <div key={i} className="api-body-variant">
                {bodyVariants.length > 1 && (
                  <p>
                    <strong>{name ?? `Variant ${i + 1}`}</strong>
                    {description && <>: {description}</>}
                  </p>
                )}
                <FieldTable
                  rows={fieldRows(variant, components)}
                  caption={`Request body of ${op.summary}${name ? ` (${name})` : ""}`}
                  schemaNames={schemaNames}
                />
              </div>
            );
          })}
          {otherBodies.map(([type, media]) => {
            const name = media.schema && "$ref" in media.schema && media.schema.$ref ? refName(media.schema.$ref) : undefined;
            return (
              <p key={type} className="api-body-variant">
                Or as <code>{type}</code>
                {media.schema && (
                  <>
                    : <TypeLabel label={typeLabel(media.schema, components)} schemaNames={schemaNames} />
                  </>
                )}
                {name && schemaDescription(components[name]) && (
                  <>
                    {" "}
                    — <InlineMarkdown text={schemaDescription(components[name])!} />
                  </>
                )}
              </p>
            );
          })}
        </>
      )}

      <h4>Responses</h4>
      <dl className="api-responses">
        {Object.entries(op.responses as Record<string, oas31.ResponseObject>).map(([status, response]) => {
          const content = Object.entries(response.content ?? {}).filter(([, media]) => media.schema);
          const onlyJson = content.length === 1 && content[0]![0] === "application/json";
          return (
            <div key={status} className="api-response" data-status={status[0]}>
              <dt>
                <code>{status}</code> {statusText[status] ?? ""}
              </dt>
              <dd>
                <InlineMarkdown text={response.description ?? ""} />
                {onlyJson && (
                  <>
                    {" "}
                    Body: <TypeLabel label={typeLabel(content[0]![1].schema!, components)} schemaNames={schemaNames} />
                  </>
                )}
                {!onlyJson && content.length > 0 && (
                  <ul className="api-media-types">
                    {content.map(([type, media]) => (
                      <li key={type}>
                        <code>{type}</code>: <TypeLabel label={typeLabel(media.schema!, components)} schemaNames={schemaNames} />
                      </li>
                    ))}
                  </ul>
                )}
              </dd>
            </div>
          );
        })}
      </dl>
    </article>
  );
}
