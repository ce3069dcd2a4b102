/**
 * Wraps a REST route handler: request id, authentication, body and query parsing, and the one error
 * shape. Handlers stay thin: parse, call the domain, serialise.
 */
import "server-only";
import type { Actor } from "@/domain/auth/actor";
import { explainConflict } from "@/domain/audit/conflict";
import { DomainError, invalidInput, unauthenticated } from "@/domain/errors";
import { isIdLike } from "@/domain/ids";
import { actorFromHeaders } from "@/server/auth/current-actor";
import { MAX_JSON_BODY_BYTES } from "./limits";
import { errorResponse, newRequestId } from "./respond";
import { readTextBody } from "./text-body";

export { MAX_JSON_BODY_BYTES };

export interface RouteContext<P> {
  request: Request;
  params: P;
  requestId: string;
  query: Record<string, string>;
  body: () => Promise<unknown>;
}

type NextParams<P> = { params: Promise<P> };

/** The body's text, once its type is checked to be JSON (for a handler that parses it elsewhere). */
export async function readJsonText(request: Request): Promise<string> {
  const type = request.headers.get("content-type") ?? "";
  if (!/^application\/(.+\+)?json\b/i.test(type)) {
    throw invalidInput('Send the body as JSON with "Content-Type: application/json".', [
      { path: "(headers).content-type", message: `is "${type || "missing"}", expected application/json` },
    ]);
  }
  return readTextBody(request);
}

async function readJson(request: Request): Promise<unknown> {
  const text = await readJsonText(request);
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw invalidInput("The body is not valid JSON.", [{ path: "(body)", message: (e as Error).message }]);
  }
}

/** Path parameters that cannot name anything are refused before they reach the database. */
function assertParams(params: unknown): void {
  for (const [name, value] of Object.entries((params ?? {}) as Record<string, unknown>)) {
    const parts = Array.isArray(value) ? value : [value];
    if (parts.some((v) => !isIdLike(v))) {
      throw invalidInput(`The path is invalid: ${name} is not an id.`, [{ path: `(path).${name}`, message: "is not an id" }]);
    }
  }
}

function buildContext<P>(request: Request, params: P, requestId: string): RouteContext<P> {
  assertParams(params);
  return {
    request,
    params,
    requestId,
    query: Object.fromEntries(new URL(request.url).searchParams),
    body: () => readJson(request),
  };
}

/** A route open to anyone (token creation, OpenAPI document). */
export function publicRoute<P>(handler: (ctx: RouteContext<P>) => Promise<Response>) {
  return async (request: Request, next: NextParams<P>): Promise<Response> => {
    const requestId = newRequestId();
    try {
      const response = await handler(buildContext(request, await next.params, requestId));
      response.headers.set("x-request-id", requestId);
      return response;
    } catch (error) {
      return errorResponse(await explainConflict(error), requestId);
    }
  };
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Cross-site request forgery guard for cookie-authenticated writes: a browser always sends Origin
 * on a cross-origin POST/PATCH/PUT/DELETE, so a write whose Origin is not this site (or that the
 * browser marks cross-site) is refused. Bearer-token requests carry no ambient credentials and
 * are not affected.
 */
function assertSameOrigin(request: Request): void {
  if (SAFE_METHODS.has(request.method) || request.headers.has("authorization")) return;
  const origin = request.headers.get("origin");
  const site = request.headers.get("sec-fetch-site");
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host") ?? new URL(request.url).host;
  const originHost = origin !== null && URL.canParse(origin) ? new URL(origin).host : null;
  if ((origin !== null && originHost !== host) || site === "cross-site") {
    throw new DomainError("forbidden", "Cross-site requests cannot change data. Use the Claimboard pages, or an API token.");
  }
}

/** A route that needs a signed-in actor (session cookie or bearer token); 401 otherwise. */
export function authedRoute<P>(handler: (ctx: RouteContext<P> & { actor: Actor }) => Promise<Response>) {
  return publicRoute<P>(async (ctx) => {
    assertSameOrigin(ctx.request);
    const actor = await actorFromHeaders(ctx.request.headers);
    if (!actor) throw unauthenticated();
    return handler({ ...ctx, actor });
  });
}
