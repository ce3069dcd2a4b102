/**
 * Runs before every page and API request: a fresh Content Security Policy nonce for the page's
 * scripts (src/server/http/security-headers.ts). The other security headers are in next.config.js.
 */
import { type NextRequest, NextResponse } from "next/server";
import { refuseMalformedPath } from "@/server/http/malformed-path";
import { contentSecurityPolicy, newNonce } from "@/server/http/security-headers";

export function proxy(request: NextRequest) {
  // Before Next.js tries (and fails) to decode the path while routing: 400, not a bare 500.
  if (request.nextUrl.pathname.includes("%")) {
    const refused = refuseMalformedPath(request.nextUrl.pathname);
    if (refused) return refused;
  }
  // API answers keep their fixed policy (next.config.js); they pass here only when their path has a "%".
  if (request.nextUrl.pathname.startsWith("/api/")) return NextResponse.next();
  const nonce = newNonce();
  const policy = contentSecurityPolicy(nonce, { dev: process.env.NODE_ENV === "development" });
  const requestHeaders = new Headers(request.headers);
  // Next.js takes the nonce for its own scripts from the request's policy header.
  requestHeaders.set("content-security-policy", policy);
  requestHeaders.set("x-nonce", nonce);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  // Pages and server actions pass here. Built assets need no nonce, and neither do the API's JSON
  // answers, which get a fixed policy that allows nothing (next.config.js): the proxy cost about a
  // millisecond per API request under load (docs/benchmarks.md).
  // API paths pass only when they hold a "%", to be refused if their encoding is malformed.
  matcher: ["/((?!_next/static|_next/image|api/).*)", "/api/:rest(.*%.*)"],
};
