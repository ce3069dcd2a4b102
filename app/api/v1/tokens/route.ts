import { createApiToken, listApiTokens } from "@/domain/tokens/service";
import { json } from "@/server/http/respond";
import { authedRoute, publicRoute } from "@/server/http/route";

/** Exchange email and password for an API token (shown once). */
export const POST = publicRoute(async ({ body }) => {
  const { token, item } = await createApiToken(await body());
  return json({ token, ...item }, 201);
});

/** The caller's own tokens (never the token values). */
export const GET = authedRoute(async ({ actor }) => {
  const items = await listApiTokens(actor);
  return json({ items, nextCursor: null });
});
