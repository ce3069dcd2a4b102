/**
 * The domain's asserts of who may do what. Every mutation asks here, in the domain layer, so pages,
 * server actions and the API obey the same rules; the rules themselves are `can` (./can.ts, free of
 * zod, also used by pages and components), and these add the message that explains a refusal.
 */
import { forbidden } from "@/domain/errors";
import type { Actor } from "./actor";
import { atLeast, can, type Owned } from "./can";

export { atLeast, can, type Owned };

export type ContentAction = "create" | "update" | "delete";

/** Whether the actor may create content, or change or delete a given piece of it. */
export function canChangeContent(actor: Actor, action: ContentAction, target?: Owned): boolean {
  if (action === "create") return can(actor, "create");
  return target !== undefined && can(actor, action, { createdById: target.createdById });
}

export function assertCanChangeContent(actor: Actor, action: ContentAction, what: string, target?: Owned): void {
  if (canChangeContent(actor, action, target)) return;
  if (!atLeast(actor, "analyst")) throw forbidden(`Viewers can read but not change content: ask an editor to ${action} this ${what}.`);
  throw forbidden(`Analysts can ${action} only their own work: this ${what} was recorded by someone else. Ask an editor.`);
}

/** Approving (or sending back) claims and links is the editors' work. */
export function assertCanReview(actor: Actor): void {
  if (!can(actor, "review")) throw forbidden("Only editors can approve or send back work for review.");
}

/**
 * What a page is for, beyond reading. A page whose purpose the actor's role cannot fulfil is
 * refused up front (src/server/auth/page-access.ts), by the same rules the mutations obey, rather
 * than shown with a form whose saving is then refused.
 */
export type PagePermission = "content.create" | "content.update" | "accounts.manage" | "webhooks.manage" | "rounds.manage";

/** Whether the actor may use a page with this purpose (`content.update` asks about its target). */
export function mayUsePage(actor: Actor, permission: PagePermission, target?: Owned): boolean {
  switch (permission) {
    case "content.create":
      return canChangeContent(actor, "create");
    case "content.update":
      return target !== undefined && canChangeContent(actor, "update", target);
    case "accounts.manage":
      return atLeast(actor, "admin");
    case "webhooks.manage":
      return can(actor, "manage-webhooks");
    case "rounds.manage":
      return can(actor, "assign");
  }
}
