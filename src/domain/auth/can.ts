/**
 * Who may do what, as plain yes/no answers (docs/contract/DESIGN.md, Users). Free of zod and of the
 * error types, so pages and browser components import it instead of comparing roles themselves;
 * the domain's asserts (permissions.ts) wrap it and add the message that explains a refusal.
 * Roles are cumulative: viewer < analyst < editor < admin; admins also manage accounts.
 */
import type { Role } from "@/domain/vocabulary-words";

/** Whoever asks: the signed-in person (a role alone answers what does not depend on ownership), or nobody. */
export interface Asker {
  userId?: string;
  role: Role;
}

/** Content an analyst may change only when they created it. */
export interface Owned {
  createdById: string | null;
}

/** Approved work is the editors' (issue 14, finding 7). */
export interface Reviewed extends Owned {
  status?: string;
}

const rank: Record<Role, number> = { viewer: 0, analyst: 1, editor: 2, admin: 3 };

export const atLeast = (asker: Asker, role: Role) => rank[asker.role] >= rank[role];

export type Permission =
  /** Add stories, articles, claims, propositions, links, comments; import. */
  | "create"
  /** Change or delete a piece of content (pass the row: analysts only their own, not approved). */
  | "update"
  | "delete"
  /** Approve or send back claims and links, set verdicts, see the review queue as a reviewer. */
  | "review"
  /** Restore deleted work (what it restores to is decided by the review rules). */
  | "restore"
  /** Accounts: create, change roles, reset passwords, disable. */
  | "manage-accounts"
  /** Outbound webhooks: register, change, delete, read their delivery log. */
  | "manage-webhooks"
  /** Give articles and stories to people to annotate, close rounds, see agreement and adjudicate. */
  | "assign"
  /** Be given work to annotate (an assignee). */
  | "annotate";

export function can(asker: Asker | null | undefined, permission: Permission, row?: Reviewed): boolean {
  if (!asker) return false;
  switch (permission) {
    case "create":
    case "restore":
      return atLeast(asker, "analyst");
    case "update":
    case "delete":
      if (atLeast(asker, "editor")) return true;
      if (!atLeast(asker, "analyst")) return false;
      if (!row) return true;
      return asker.userId !== undefined && row.createdById === asker.userId && (permission === "update" || row.status !== "approved");
    case "review":
    case "assign":
      return atLeast(asker, "editor");
    case "annotate":
      return atLeast(asker, "analyst");
    case "manage-accounts":
    case "manage-webhooks":
      return asker.role === "admin";
  }
}
