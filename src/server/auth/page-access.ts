/**
 * The one way a page refuses a person whose role cannot use it: up front, with Next's 403 page
 * (app/forbidden.tsx), before any form is rendered. The rules are the domain's (mayUsePage), the
 * same the mutations behind the page enforce.
 */
import { forbidden } from "next/navigation";
import type { Actor } from "@/domain/auth/actor";
import { mayUsePage, type Owned, type PagePermission } from "@/domain/auth/permissions";
import { requirePageActor } from "./page-actor";

/**
 * The signed-in actor when they may use the page at `returnTo`; sends them to sign in when nobody
 * is, and answers 403 when their role does not allow the page's purpose.
 */
export async function requirePageAccess(permission: PagePermission, returnTo: string, target?: Owned): Promise<Actor> {
  const actor = await requirePageActor(returnTo);
  if (!mayUsePage(actor, permission, target)) forbidden();
  return actor;
}
