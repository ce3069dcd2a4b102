/**
 * The security headers of every response (pages and API). Pages get a Content Security Policy with
 * a fresh nonce per request (proxy.ts): Next.js reads the nonce from the request's policy header and
 * puts it on its own scripts, and 'strict-dynamic' lets those load the rest of the bundle. No inline
 * script without the nonce runs, so stored text that slips into the HTML stays inert. The headers that
 * do not depend on the request (nosniff, framing, referrer) are set for every path in next.config.js.
 */

/** A nonce of 128 random bits, base64 (a CSP nonce-source). */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

export function contentSecurityPolicy(nonce: string, options: { dev?: boolean } = {}): string {
  return [
    "default-src 'self'",
    // React needs eval only for its development error overlays; never in production.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.dev ? " 'unsafe-eval'" : ""}`,
    // Style attributes (React's style={...}, recharts' SVG) cannot carry a nonce; styles do not run
    // code, so inline styles stay allowed (a nonce here would switch 'unsafe-inline' off).
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${options.dev ? " ws: wss:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}
