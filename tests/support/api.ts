/** Calls REST route handlers in-process, as Next.js would, with a bearer token or cookies. */
import { createApiToken } from "@/domain/tokens/service";
import { makeUser, TEST_PASSWORD } from "./factories";
import type { Role } from "@/domain/vocabulary";

/** A parsed JSON body, loosely typed: tests assert its shape with expect(). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = Record<string, any>;

type Handler<P> = (request: Request, ctx: { params: Promise<P> }) => Promise<Response>;

export interface CallOptions<P> {
  token?: string;
  headers?: Record<string, string>;
  params?: P;
  body?: unknown;
  rawBody?: string | Uint8Array<ArrayBuffer>;
  method?: string;
}

export async function call<P = Record<string, never>>(handler: Handler<P>, url: string, options: CallOptions<P> = {}) {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  const hasBody = options.body !== undefined || options.rawBody !== undefined;
  if (hasBody) headers["content-type"] ??= "application/json";
  const request = new Request(new URL(url, "http://localhost:3000"), {
    method: options.method ?? (hasBody ? "POST" : "GET"),
    headers,
    body: options.rawBody ?? (options.body !== undefined ? JSON.stringify(options.body) : undefined),
  });
  const response = await handler(request, { params: Promise.resolve((options.params ?? {}) as P) });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? (JSON.parse(text) as Json) : null };
}

/** A new user of the role and an API token for them. */
export async function tokenFor(role: Role = "editor") {
  const { user, email, actor } = await makeUser(role);
  const { token } = await createApiToken({ email, password: TEST_PASSWORD });
  return { token, user, actor, email };
}
