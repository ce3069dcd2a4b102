import { resetPassword } from "@/domain/users/service";
import { authedRoute } from "@/server/http/route";

/** Admins only: `{ password }` sets a new password and signs the account out everywhere. */
export const PUT = authedRoute<{ id: string }>(async ({ actor, params, body }) => {
  await resetPassword(actor, params.id, await body());
  return new Response(null, { status: 204 });
});
