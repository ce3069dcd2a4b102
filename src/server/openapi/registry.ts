/**
 * The API's operations, declared once per resource in ./operations/*.ts and assembled into the
 * OpenAPI 3.1 document (./document.ts). `tests/integration/openapi.test.ts` walks
 * app/api/v1/**\/route.ts and fails when a route's method is missing here, or an operation here
 * has no route: registering an endpoint is part of adding it (docs/decisions/0008-openapi-from-zod.md).
 */
import type { z } from "zod";
import type { ZodOpenApiOperationObject, ZodOpenApiResponsesObject } from "zod-openapi";
import { ErrorBodySchema } from "@/domain/api-shapes";
import { MAX_JSON_BODY_BYTES } from "@/server/http/limits";

export type HttpMethod = "get" | "post" | "put" | "patch" | "delete";

export interface ApiOperation {
  method: HttpMethod;
  /** OpenAPI path with `{param}` segments, e.g. `/api/v1/claims/{id}`. */
  path: string;
  operation: ZodOpenApiOperationObject;
}

/** Statuses an operation can refuse with, each described for this operation. */
export type Refusals = Partial<Record<400 | 401 | 403 | 404 | 409 | 413 | 422 | 429 | 502, string>>;

const errorResponse = (description: string) => ({
  description,
  content: { "application/json": { schema: ErrorBodySchema } },
});

export interface OperationSpec {
  method: HttpMethod;
  path: string;
  operationId: string;
  tag: string;
  summary: string;
  description?: string;
  /** Open to anyone (no token or session). */
  public?: boolean;
  /** Who may call it, in plain words, when not every signed-in user may. */
  roles?: string;
  params?: z.ZodObject;
  query?: z.ZodObject;
  body?: z.ZodType;
  /** The body in other media types besides `application/json` (e.g. `text/csv`), by media type. */
  otherBodies?: Record<string, z.ZodType>;
  bodyDescription?: string;
  /** Success answers by status. */
  ok: ZodOpenApiResponsesObject;
  /** Refusals beyond the ones every operation of its kind has (400/413 with a body, 401 unless public). */
  refusals?: Refusals;
}

export const DEFAULT_REFUSALS = {
  400: "Invalid input: `error.details` names each bad field by its path.",
  401: "No valid API token or session.",
  413: `The body is larger than ${MAX_JSON_BODY_BYTES / 1024 / 1024} MiB.`,
} as const;

/** An operation with the refusals every operation of its kind has, and the one error shape. */
export function defineOperation(spec: OperationSpec): ApiOperation {
  const refusals: Refusals = {
    ...((spec.body || spec.query) && { 400: DEFAULT_REFUSALS[400] }),
    ...(!spec.public && { 401: DEFAULT_REFUSALS[401] }),
    ...(spec.body && { 413: DEFAULT_REFUSALS[413] }),
    ...spec.refusals,
  };
  const description = [spec.description, spec.roles && `**Who:** ${spec.roles}`].filter(Boolean).join("\n\n");
  return {
    method: spec.method,
    path: spec.path,
    operation: {
      operationId: spec.operationId,
      tags: [spec.tag],
      summary: spec.summary,
      ...(description && { description }),
      ...(spec.public && { security: [] }),
      ...((spec.params || spec.query) && { requestParams: { ...(spec.params && { path: spec.params }), ...(spec.query && { query: spec.query }) } }),
      ...(spec.body && {
        requestBody: {
          required: true,
          ...(spec.bodyDescription && { description: spec.bodyDescription }),
          content: {
            "application/json": { schema: spec.body },
            ...Object.fromEntries(Object.entries(spec.otherBodies ?? {}).map(([type, schema]) => [type, { schema }])),
          },
        },
      }),
      responses: {
        ...spec.ok,
        ...Object.fromEntries(
          Object.entries(refusals)
            .sort(([a], [b]) => Number(a) - Number(b))
            .map(([status, text]) => [status, errorResponse(text)]),
        ),
      },
    },
  };
}

/** A JSON success answer. */
export const answer = (schema: z.ZodType, description: string) => ({
  description,
  content: { "application/json": { schema } },
});

/**
 * A success answer in several media types, by media type. A response's Content-Type matches the
 * most specific key (OpenAPI 3.1, Response Object), so parameters such as `profile` tell apart two
 * formats of one type.
 */
export const answerIn = (description: string, content: Record<string, z.ZodType>) => ({
  description,
  content: Object.fromEntries(Object.entries(content).map(([type, schema]) => [type, { schema }])),
});

export const noContent = (description: string) => ({ description });
