/**
 * The better-auth endpoints reachable over HTTP (issue 14, finding 5). better-auth mounts many
 * defaults (update-user, change-email, change-password, list-sessions with raw session tokens,
 * revoke-sessions, delete-user, …) that would bypass the domain's rules and the audit trail. The
 * product needs only these; accounts are changed by admins through /api/v1/accounts.
 */
const ALLOWED: ReadonlySet<string> = new Set(["POST /api/auth/sign-in/email", "POST /api/auth/sign-out", "GET /api/auth/get-session"]);

export function allowedAuthEndpoint(method: string, pathname: string): boolean {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, "") : pathname;
  return ALLOWED.has(`${method.toUpperCase()} ${path}`);
}
