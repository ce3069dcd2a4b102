/**
 * Expected errors of the domain, each with the HTTP status the API answers and a message written
 * for the person who made the request. Anything else is unexpected: logged, and answered with a
 * generic message (src/server/http/respond.ts).
 */
import type { z } from "zod";
import "./zod-config";
import { illFormedPath } from "./unicode";

export type ErrorCode =
  "invalid_input" | "unauthenticated" | "forbidden" | "not_found" | "conflict" | "payload_too_large" | "unprocessable" | "rate_limited" | "upstream_failed";

export interface ErrorDetail {
  path: string;
  message: string;
}

const statusOf: Record<ErrorCode, number> = {
  invalid_input: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  unprocessable: 422,
  rate_limited: 429,
  /** A page the server fetched for the request could not be had (import by URL, re-fetch). */
  upstream_failed: 502,
};

/** What a stale write collided with: the row as it is now, and who last changed it. */
export interface ConflictState {
  entity: string;
  id: string;
  version: number;
  updatedAt: string;
  updatedBy?: string | null;
}

/**
 * An answer names at most this many problems (its message gives the full count): a hostile body
 * with a million bad items gets a short answer, not a million-entry one (issue 14).
 */
export const MAX_ERROR_DETAILS = 100;

export class DomainError extends Error {
  readonly status: number;
  readonly details?: ErrorDetail[];
  constructor(
    readonly code: ErrorCode,
    message: string,
    details?: ErrorDetail[],
    readonly current?: ConflictState,
  ) {
    super(message);
    this.name = "DomainError";
    this.status = statusOf[code];
    this.details = details && details.length > MAX_ERROR_DETAILS ? details.slice(0, MAX_ERROR_DETAILS) : details;
  }
}

export const invalidInput = (message: string, details?: ErrorDetail[]) => new DomainError("invalid_input", message, details);
export const notFound = (what: string) => new DomainError("not_found", `${what} was not found.`);
export const forbidden = (message: string) => new DomainError("forbidden", message);
export const unauthenticated = (message = "Sign in or send an API token (Authorization: Bearer …).") => new DomainError("unauthenticated", message);

/** A stale `version`: someone else changed the row since the client read it. */
export const staleVersion = (entity: string, what: string, current: { id: string; version: number; updatedAt: Date }) =>
  new DomainError(
    "conflict",
    staleMessage(what, current.version, current.updatedAt.toISOString()),
    [{ path: "version", message: `current version is ${current.version}` }],
    { entity, id: current.id, version: current.version, updatedAt: current.updatedAt.toISOString() },
  );

export function staleMessage(what: string, version: number, updatedAt: string, updatedBy?: string | null): string {
  const by = updatedBy ? ` by ${updatedBy}` : "";
  return `${what} has changed since you loaded it: it is now version ${version}, last changed${by} at ${updatedAt}. Reload it and apply your change again.`;
}

/** zod issues as error details with dotted field paths. */
export function detailsFromZod(error: z.ZodError): ErrorDetail[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join(".") || "(body)",
    message: issue.message,
  }));
}

/** Parses input with a schema, or throws a 400 naming each bad field. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, what = "The request"): z.infer<S> {
  const broken = illFormedPath(input);
  if (broken !== null) {
    throw invalidInput(`${what} is invalid: ${broken === "(body)" ? "it" : broken} is not valid text (it holds a lone surrogate or a NUL character).`, [
      { path: broken, message: "is not valid text (lone surrogate or NUL character)" },
    ]);
  }
  const result = schema.safeParse(input);
  if (!result.success) {
    const details = detailsFromZod(result.error);
    const first = details[0];
    const more = details.length > 1 ? ` (and ${details.length - 1} more problem${details.length > 2 ? "s" : ""})` : "";
    throw invalidInput(
      first ? `${what} is invalid: ${first.path === "(body)" ? "" : `${first.path} `}${first.message}${more}.` : `${what} is invalid.`,
      details,
    );
  }
  return result.data;
}

/** The same error with `prefix` before each detail's path (a field inside a larger request: "claims.2."). */
export function underPath(error: unknown, prefix: string): unknown {
  if (!prefix || !(error instanceof DomainError) || !error.details) return error;
  return new DomainError(
    error.code,
    error.message,
    error.details.map((d) => ({ ...d, path: `${prefix}${d.path}` })),
    error.current,
  );
}
