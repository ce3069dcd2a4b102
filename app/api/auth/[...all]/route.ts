import { allowedAuthEndpoint } from "@/server/auth/allowed-endpoints";
import { getAuth } from "@/server/auth/auth";
import { errorResponse, newRequestId } from "@/server/http/respond";
import { DomainError } from "@/domain/errors";

// better-auth's own endpoints, mounted at /api/auth/*: only the ones the product uses (sign-in,
// sign-out, session) are reachable; every other default endpoint (update-user, list-sessions,
// change-email, …) answers 404, so account changes go through the domain's rules and audit.
async function handle(request: Request): Promise<Response> {
  if (!allowedAuthEndpoint(request.method, new URL(request.url).pathname)) {
    return errorResponse(new DomainError("not_found", "There is no such authentication endpoint."), newRequestId());
  }
  const auth = await getAuth();
  return auth.handler(request);
}

export { handle as GET, handle as POST };
