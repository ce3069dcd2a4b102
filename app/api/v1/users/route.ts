import { createAccount, listAccounts } from "@/domain/users/service";
import { json } from "@/server/http/respond";
import { authedRoute } from "@/server/http/route";

/** Admins only: every account. */
export const GET = authedRoute(async ({ actor }) => json({ items: await listAccounts(actor), nextCursor: null }));

/** Admins only: `{ name, email, role, password }`. */
export const POST = authedRoute(async ({ actor, body }) => json(await createAccount(actor, await body()), 201));
