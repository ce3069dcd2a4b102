import { z } from "zod";
import { answer, defineOperation } from "@/server/openapi/registry";

const OpenApiDocumentSchema = z
  .looseObject({ openapi: z.string(), info: z.looseObject({ title: z.string(), version: z.string() }), paths: z.record(z.string(), z.unknown()) })
  .meta({ id: "OpenApiDocument", description: "An OpenAPI 3.1 document." });

const unknownPath = z.object({
  rest: z.string().meta({ description: "Any path under /api/v1/ that is not listed here (it may span several segments)." }),
});

export const metaOperations = [
  defineOperation({
    method: "get",
    path: "/api/v1/openapi.json",
    operationId: "getOpenApiDocument",
    tag: "Meta",
    summary: "This API's OpenAPI 3.1 description",
    description: "Generated from the zod schemas that validate requests, so it cannot drift from what the server checks.",
    public: true,
    ok: { 200: answer(OpenApiDocumentSchema, "This document.") },
  }),
  ...(["get", "post", "put", "patch", "delete"] as const).map((method) =>
    defineOperation({
      method,
      path: "/api/v1/{rest}",
      operationId: `unknownEndpoint${method[0]!.toUpperCase()}${method.slice(1)}`,
      tag: "Meta",
      summary: "Any other path",
      description: "A path or method that is not an endpoint answers 404 in the error shape, never an HTML page.",
      public: true,
      params: unknownPath,
      ok: {},
      refusals: { 404: "There is no such endpoint." },
    }),
  ),
];
