/** Who is making a request: a bearer API token, or else the browser session cookie. */
import "server-only";
import type { Actor } from "@/domain/auth/actor";
import { Role } from "@/domain/vocabulary";
import { actorFromToken } from "@/domain/tokens/service";
import { getAuth } from "./auth";

export async function actorFromHeaders(headers: Headers): Promise<Actor | null> {
  const authorization = headers.get("authorization");
  if (authorization) {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
    return match?.[1] ? actorFromToken(match[1]) : null;
  }
  const auth = await getAuth();
  const session = await auth.api.getSession({ headers });
  if (!session) return null;
  // better-auth reads the user with the session on every request (no cookie cache), so role and
  // disabled state are fresh: a change by an admin takes effect at once.
  const user = session.user as typeof session.user & { role?: unknown; disabledAt?: Date | string | null };
  if (user.disabledAt) return null;
  return { userId: user.id, name: user.name, email: user.email, role: Role.parse(user.role) };
}
