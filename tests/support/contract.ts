/**
 * Contract testing against the OpenAPI document: calls an operation's route handler by its
 * operationId, checks that the answer's status is documented for it and that the body matches the
 * documented zod schema, and records the statuses seen so each contract file can prove it covered
 * every documented status of the operations it owns.
 */
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { expect } from "vitest";
import type { z } from "zod";
import { allOperations } from "@/server/openapi/document";
import type { ApiOperation } from "@/server/openapi/registry";
import { MAX_JSON_BODY_BYTES } from "@/server/http/limits";
import type { Json } from "./api";

export const ROUTES_DIR = path.resolve(__dirname, "../../app/api/v1");
export const HTTP_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"] as const;

/** Every app/api/v1/**\/route.ts, as its OpenAPI path (`[id]` becomes `{id}`, `[...rest]` `{rest}`). */
export function routeFiles(dir = ROUTES_DIR): { file: string; path: string }[] {
  const found: { file: string; path: string }[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...routeFiles(full));
    else if (entry.name === "route.ts") {
      const segments = path.relative(ROUTES_DIR, dir).split(path.sep).filter(Boolean);
      const openApi = segments.map((s) => s.replace(/^\[(?:\.\.\.)?(\w+)\]$/, "{$1}"));
      found.push({ file: full, path: ["/api/v1", ...openApi].join("/") });
    }
  }
  return found.sort((a, b) => a.path.localeCompare(b.path));
}

/** The file serving an OpenAPI path. */
function routeFileOf(apiPath: string): string {
  const match = routeFiles().find((r) => r.path === apiPath);
  if (!match || !existsSync(match.file)) throw new Error(`No route file serves ${apiPath}`);
  return match.file;
}

type Handler = (request: Request, ctx: { params: Promise<Record<string, unknown>> }) => Promise<Response>;

export async function handlerOf(op: ApiOperation): Promise<Handler> {
  const mod = (await import(routeFileOf(op.path))) as Record<string, Handler | undefined>;
  const handler = mod[op.method.toUpperCase()];
  if (!handler) throw new Error(`${routeFileOf(op.path)} exports no ${op.method.toUpperCase()}`);
  return handler;
}

const byId = new Map(allOperations().map((op) => [op.operation.operationId!, op]));

export function operation(operationId: string): ApiOperation {
  const op = byId.get(operationId);
  if (!op) throw new Error(`No operation ${operationId} in the OpenAPI document`);
  return op;
}

export function documentedStatuses(operationId: string): number[] {
  return Object.keys(operation(operationId).operation.responses).map(Number).sort();
}

export interface SendOptions {
  token?: string;
  params?: Record<string, string | string[]>;
  query?: Record<string, string>;
  body?: unknown;
  rawBody?: string;
  headers?: Record<string, string>;
}

/** A body just over the size limit, still valid JSON. */
export const oversizedBody = () => JSON.stringify({ text: "x".repeat(MAX_JSON_BODY_BYTES) });

const isJson = (contentType: string) => /^application\/(.+\+)?json\b/i.test(contentType);

/** A media type's type and parameters, lower case (quotes dropped from values). */
function parseMediaType(value: string): { type: string; params: Map<string, string> } {
  const [type = "", ...rest] = value.split(";").map((p) => p.trim());
  const params = new Map(
    rest.filter(Boolean).map((p) => {
      const eq = p.indexOf("=");
      return [
        p.slice(0, eq).trim().toLowerCase(),
        p
          .slice(eq + 1)
          .trim()
          .replace(/^"(.*)"$/, "$1"),
      ] as const;
    }),
  );
  return { type: type.toLowerCase(), params };
}

/**
 * The documented media type a Content-Type matches: same type, every parameter of the key present
 * with the same value; the most specific key wins (OpenAPI 3.1, Response Object `content`).
 */
export function documentedMediaType(keys: string[], contentType: string): string | undefined {
  const sent = parseMediaType(contentType);
  return keys
    .map((key) => ({ key, parsed: parseMediaType(key) }))
    .filter(({ parsed }) => parsed.type === sent.type && [...parsed.params].every(([k, v]) => sent.params.get(k) === v))
    .sort((a, b) => b.parsed.params.size - a.parsed.params.size)[0]?.key;
}

/** Like call(), but keeps the body as text too, and parses it only when it is JSON. */
async function callAnyMediaType(handler: Handler, url: string, options: SendOptions & { params: Record<string, unknown>; method: string }) {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  const hasBody = options.body !== undefined || options.rawBody !== undefined;
  if (hasBody) headers["content-type"] ??= "application/json";
  const request = new Request(new URL(url, "http://localhost:3000"), {
    method: options.method,
    headers,
    body: options.rawBody ?? (options.body !== undefined ? JSON.stringify(options.body) : undefined),
  });
  const response = await handler(request, { params: Promise.resolve(options.params) });
  const text = await response.text();
  const json = text && isJson(response.headers.get("content-type") ?? "") ? (JSON.parse(text) as Json) : null;
  return { status: response.status, headers: response.headers, text, body: json, mediaType: undefined as string | undefined };
}

export function contract(ownedOperationIds: readonly string[]) {
  const seen = new Map<string, Set<number>>(ownedOperationIds.map((id) => [id, new Set()]));

  async function send(operationId: string, options: SendOptions = {}) {
    const op = operation(operationId);
    const handler = await handlerOf(op);
    const params = options.params ?? {};
    const pathname = op.path.replace(/\{(\w+)\}/g, (_, key: string) => {
      const value = params[key];
      if (value === undefined) throw new Error(`${operationId} needs the path parameter ${key}`);
      return Array.isArray(value) ? value.map(encodeURIComponent).join("/") : encodeURIComponent(value);
    });
    const url = options.query ? `${pathname}?${new URLSearchParams(options.query)}` : pathname;
    const res = await callAnyMediaType(handler, url, { ...options, params, method: op.method.toUpperCase() });
    const documented = (op.operation.responses as Record<string, unknown>)[String(res.status)] as
      { content?: Record<string, { schema?: z.ZodType }> } | undefined;
    expect(documented, `${operationId} answered ${res.status}, which its documentation does not list: ${res.text.slice(0, 500)}`).toBeDefined();
    if (documented!.content) {
      const contentType = res.headers.get("content-type") ?? "";
      const mediaType = documentedMediaType(Object.keys(documented!.content), contentType);
      expect(
        mediaType,
        `${operationId} ${res.status} answered ${contentType}, which is not documented (${Object.keys(documented!.content).join(", ")})`,
      ).toBeDefined();
      const schema = documented!.content[mediaType!]!.schema!;
      const parsed = schema.safeParse(isJson(contentType) ? res.body : res.text);
      expect(parsed.success, `${operationId} ${res.status} (${mediaType}) does not match its documented schema: ${parsed.error?.message}`).toBe(true);
      res.mediaType = mediaType;
    } else {
      expect(res.text, `${operationId} ${res.status} should have no body`).toBe("");
    }
    seen.get(operationId)?.add(res.status);
    return res;
  }

  /**
   * For an answer that stays open (an event stream): checks its status and media type are
   * documented, without waiting for the end of the body; the caller reads and closes it.
   */
  async function open(operationId: string, options: SendOptions = {}) {
    const op = operation(operationId);
    const handler = await handlerOf(op);
    const params = options.params ?? {};
    const pathname = op.path.replace(/\{(\w+)\}/g, (_, key: string) => encodeURIComponent(String(params[key])));
    const url = new URL(options.query ? `${pathname}?${new URLSearchParams(options.query)}` : pathname, "http://localhost:3000");
    const abort = new AbortController();
    const headers: Record<string, string> = { ...options.headers };
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    const response = await handler(new Request(url, { headers, signal: abort.signal }), { params: Promise.resolve(params) });
    const documented = (op.operation.responses as unknown as Record<string, { content?: Record<string, unknown> }>)[String(response.status)];
    expect(documented, `${operationId} answered ${response.status}, which its documentation does not list`).toBeDefined();
    const contentType = response.headers.get("content-type") ?? "";
    expect(documentedMediaType(Object.keys(documented!.content ?? {}), contentType), `${operationId} answered ${contentType}`).toBeDefined();
    seen.get(operationId)?.add(response.status);
    return { response, abort };
  }

  /** Fails unless every documented status of every owned operation was answered by some test. */
  function assertEveryStatusCovered() {
    const missing = ownedOperationIds.flatMap((id) =>
      documentedStatuses(id)
        .filter((status) => !seen.get(id)!.has(status))
        .map((status) => `${id} ${status}`),
    );
    expect(missing, "documented statuses no test produced").toEqual([]);
  }

  return { send, open, assertEveryStatusCovered };
}

/** Whether the operation is open without a token or session. */
export const isPublic = (operationId: string) => {
  const security = operation(operationId).operation.security;
  return Array.isArray(security) && security.length === 0;
};

/** Placeholder path parameters: enough for refusals that come before any lookup (401, 413). */
export function anyParams(operationId: string): Record<string, string | string[]> {
  const names = [...operation(operationId).path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
  return Object.fromEntries(names.map((n) => [n, n === "rest" ? ["anything"] : "any-id"]));
}
