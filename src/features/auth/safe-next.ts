/**
 * Where to go after sign-in (issue 14, finding 4): only a path on this site. The value is parsed
 * with the URL parser against a placeholder origin, exactly as a browser would resolve it, and
 * kept only if the origin did not change. String-prefix checks let `/\evil.example`,
 * `/%09/evil.example` (a tab the parser strips) and `/\/evil.example` through: browsers read them
 * as protocol-relative URLs to another host.
 */
const PLACEHOLDER_ORIGIN = "http://claimboard.invalid";

export function safeNext(next: unknown): string {
  if (typeof next !== "string" || !next.startsWith("/")) return "/";
  let url: URL;
  try {
    url = new URL(next, PLACEHOLDER_ORIGIN);
  } catch {
    return "/";
  }
  if (url.origin !== PLACEHOLDER_ORIGIN) return "/";
  // Rebuilt from the parsed parts, so what is followed is what was checked.
  return `${url.pathname}${url.search}${url.hash}`;
}
