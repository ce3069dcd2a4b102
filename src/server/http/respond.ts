/**
 * The API's one error shape: { error: { code, message, details?, requestId } }. Expected domain
 * errors keep their message; anything else is logged with a request id and answered generically,
 * so no stack trace or internal message reaches a client.
 */
import { randomUUID } from "node:crypto";
import { DomainError } from "@/domain/errors";

export function newRequestId(): string {
  return randomUUID();
}

export function json(body: unknown, status = 200, headers?: HeadersInit): Response {
  return Response.json(body, { status, headers });
}

export function errorResponse(error: unknown, requestId: string): Response {
  const headers = { "x-request-id": requestId };
  if (error instanceof DomainError) {
    return json(
      {
        error: {
          code: error.code,
          message: error.message,
          ...(error.details && { details: error.details }),
          ...(error.current && { current: error.current }),
          requestId,
        },
      },
      error.status,
      headers,
    );
  }
  console.error(`[request ${requestId}] unexpected error`, error);
  return json(
    {
      error: {
        code: "internal_error",
        message: `Something went wrong on our side. Quote request id ${requestId} when reporting it.`,
        requestId,
      },
    },
    500,
    headers,
  );
}
