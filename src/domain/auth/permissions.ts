/**
 * Who may do what (DESIGN.md, Users). Every mutation asks here, in the domain layer, so pages,
 * server actions and the API obey the same rules. Roles are cumulative: viewer < analyst < editor
 * < admin; admins also manage accounts.
 */
import type { Role } from "@/domain/vocabulary";
import { forbidden } from "@/domain/errors";
import type { Actor } from "./actor";

const rank: Record<Role, number> = { viewer: 0, analyst: 1, editor: 2, admin: 3 };

export const atLeast = (actor: Actor, role: Role) => rank[actor.role] >= rank[role];

/** Content an analyst may change only when they created it. */
export interface Owned {
  createdById: string | null;
}

export type ContentAction = "create" | "update" | "delete";

/** Whether the actor may create content, or change or delete a given piece of it. */
export function canChangeContent(actor: Actor, action: ContentAction, target?: Owned): boolean {
  if (atLeast(actor, "editor")) return true;
  if (!atLeast(actor, "analyst")) return false;
  if (action === "create") return true;
  return target !== undefined && target.createdById === actor.userId;
}

export function assertCanChangeContent(actor: Actor, action: ContentAction, what: string, target?: Owned): void {
  if (canChangeContent(actor, action, target)) return;
  if (!atLeast(actor, "analyst")) throw forbidden(`Viewers can read but not change content: ask an editor to ${action} this ${what}.`);
  throw forbidden(`Analysts can ${action} only their own work: this ${what} was recorded by someone else. Ask an editor.`);
}

/** Approving (or sending back) claims and links is the editors' work. */
export function assertCanReview(actor: Actor): void {
  if (!atLeast(actor, "editor")) throw forbidden("Only editors can approve or send back work for review.");
}

/**
 * What a page is for, beyond reading. A page whose purpose the actor's role cannot fulfil is
 * refused up front (src/server/auth/page-access.ts), by the same rules the mutations obey, rather
 * than shown with a form whose saving is then refused.
 */
export type PagePermission = "content.create" | "content.update" | "accounts.manage";

/** Whether the actor may use a page with this purpose (`content.update` asks about its target). */
export function mayUsePage(actor: Actor, permission: PagePermission, target?: Owned): boolean {
  switch (permission) {
    case "content.create":
      return canChangeContent(actor, "create");
    case "content.update":
      return target !== undefined && canChangeContent(actor, "update", target);
    case "accounts.manage":
      return atLeast(actor, "admin");
  }
}
