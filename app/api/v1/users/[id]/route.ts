import { updateAccount } from "@/domain/users/service";
import { json } from "@/server/http/respond";
import { authedRoute } from "@/server/http/route";

/** Admins only: `{ version, name?, role?, disabled? }`. */
export const PATCH = authedRoute<{ id: string }>(async ({ actor, params, body }) => json(await updateAccount(actor, params.id, await body())));
