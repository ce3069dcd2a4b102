/** Who is making a request: a bearer API token, or else the browser session cookie. */
import type { Actor } from "@/domain/auth/actor";
import { Role } from "@/domain/vocabulary";
import { actorFromToken } from "@/domain/tokens/service";
import { findUserById } from "@/data/users";
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
  // Role and disabled state are read fresh, so a change by an admin takes effect at once.
  const user = await findUserById(session.user.id);
  if (!user || user.disabledAt) return null;
  return { userId: user.id, name: user.name, email: user.email, role: Role.parse(user.role) };
}
