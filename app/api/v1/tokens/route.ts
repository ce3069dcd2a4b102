import { createApiToken, listApiTokens } from "@/domain/tokens/service";
import { passwordAttemptGuard } from "@/server/auth/password-attempt-guard";
import { json } from "@/server/http/respond";
import { authedRoute, publicRoute } from "@/server/http/route";

/** Exchange email and password for an API token (shown once); throttled with sign-in. */
export const POST = publicRoute(async ({ body, request }) => {
  const { token, item } = await createApiToken(await body(), passwordAttemptGuard(request));
  return json({ token, ...item }, 201);
});

/** The caller's own tokens (never the token values). */
export const GET = authedRoute(async ({ actor }) => {
  const items = await listApiTokens(actor);
  return json({ items, nextCursor: null });
});
