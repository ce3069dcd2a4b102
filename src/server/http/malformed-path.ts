/**
 * A path whose percent-encoding does not decode (`%FF%FE`, an encoded surrogate `%ED%A0%80`, a
 * stray `%`) names nothing. Next.js fails to decode it while routing and answered 500 as
 * text/plain, with no request id and nothing logged (issue 14); the proxy (proxy.ts) answers 400
 * instead: in the API's error shape for /api/, and as a small page for everything else.
 */
import { DomainError } from "@/domain/errors";
import { errorResponse, newRequestId } from "./respond";

/** The first path segment that is not valid percent-encoded UTF-8, or null. */
export function malformedSegment(pathname: string): string | null {
  for (const segment of pathname.split("/")) {
    if (!segment.includes("%")) continue;
    try {
      decodeURIComponent(segment);
    } catch {
      return segment;
    }
  }
  return null;
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The 400 answer for a malformed path, or null when the path decodes. */
export function refuseMalformedPath(pathname: string): Response | null {
  const segment = malformedSegment(pathname);
  if (segment === null) return null;
  const requestId = newRequestId();
  const shown = segment.slice(0, 200);
  console.warn(`[request ${requestId}] refused a path that is not valid percent-encoded UTF-8: ${JSON.stringify(pathname.slice(0, 500))}`);
  if (pathname === "/api" || pathname.startsWith("/api/")) {
    return errorResponse(
      new DomainError("invalid_input", "The path is invalid: it is not valid percent-encoded UTF-8.", [
        { path: "(path)", message: `"${shown}" does not decode as UTF-8` },
      ]),
      requestId,
    );
  }
  const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Bad request · Claimboard</title></head><body><h1>Bad request</h1><p>This address is not valid: the part “${escapeHtml(shown)}” does not decode as text. Check the link, or go to <a href="/">the stories</a>.</p><p><small>Request id ${requestId}</small></p></body></html>`;
  return new Response(page, {
    status: 400,
    headers: {
      "content-type": "text/html; charset=utf-8",
      "x-request-id": requestId,
      "cache-control": "no-store",
      // The page has no script or style: it needs nothing.
      "content-security-policy": "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
    },
  });
}
