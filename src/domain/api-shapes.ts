/**
 * Shapes every API answer shares (docs/contract/API.md, Conventions): the one error body and a page of a list.
 * Written in zod so the OpenAPI document (src/server/openapi) describes exactly what is checked.
 */
import { z } from "zod";
import type { ConflictState, ErrorCode } from "./errors";

const errorCodes = [
  "invalid_input",
  "unauthenticated",
  "forbidden",
  "not_found",
  "conflict",
  "payload_too_large",
  "unprocessable",
  "rate_limited",
  "upstream_failed",
  "internal_error",
] as const satisfies readonly (ErrorCode | "internal_error")[];

export const ErrorDetailSchema = z
  .object({
    path: z.string().meta({ description: 'Dotted path of the bad field, e.g. "selector.start"; "(body)" for the body as a whole.' }),
    message: z.string().meta({ description: "What is wrong with it, in plain words." }),
  })
  .meta({ id: "ErrorDetail" });

export const ConflictStateSchema = z
  .object({
    entity: z.string().meta({ description: 'What kind of row, e.g. "claim", "link", "comment", "user".' }),
    id: z.string(),
    version: z.number().int().min(1).meta({ description: "Its current version: send this one after reloading." }),
    updatedAt: z.iso.datetime({ offset: true }),
    updatedBy: z.string().nullable().optional().meta({ description: "The name of who changed it last, when the audit trail knows." }),
  })
  .meta({ id: "ConflictState", description: "On a 409 for a stale `version`: the row as it is now." });

export const ErrorBodySchema = z
  .object({
    error: z.object({
      code: z.enum(errorCodes).meta({ description: "Stable, machine-readable reason." }),
      message: z.string().meta({ description: "Written for the person who made the request." }),
      details: z.array(ErrorDetailSchema).optional().meta({ description: "One entry per bad field (400), or the current version (409)." }),
      current: ConflictStateSchema.optional(),
      requestId: z.string().meta({ description: "Also sent as the x-request-id header; quote it when reporting a problem." }),
    }),
  })
  .meta({ id: "Error", description: "Every refused request answers this shape, and changes nothing." });

/** `{ items, nextCursor }` of the given item schema. */
export function pageOf<T extends z.ZodType>(item: T, id: string, description?: string) {
  return z
    .object({
      items: z.array(item),
      nextCursor: z.string().nullable().meta({ description: "Pass as `cursor` to get the next page; null on the last page." }),
    })
    .meta({ id, ...(description && { description }) });
}

export const IsoDateTime = z.iso.datetime({ offset: true });
export const Id = z.string().min(1);

/** True when two types describe the same values: pins each response schema to its DTO type. */
export type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

export const conflictShapesAgree: [Same<z.infer<typeof ConflictStateSchema>, ConflictState>] = [true];
