/**
 * The product's vocabulary (docs/contract/DESIGN.md) as plain values, types and labels, without zod: browser code
 * imports this module, so that the validation library stays out of the pages' JavaScript (about
 * 100 KB; docs/benchmarks.md). `vocabulary.ts` adds the zod enums for the API, server actions and
 * the database layer, and re-exports all of this.
 */
export const roles = ["admin", "editor", "analyst", "viewer"] as const;
export type Role = (typeof roles)[number];

export const sourcings = ["confirmed", "attributed", "speculative"] as const;
export type Sourcing = (typeof sourcings)[number];

export const stances = ["supports", "contradicts"] as const;
export type Stance = (typeof stances)[number];

export const reviewStatuses = ["draft", "needs_review", "approved"] as const;
export type ReviewStatus = (typeof reviewStatuses)[number];

export const verdicts = ["true", "mostly_true", "mixed", "mostly_false", "false", "misleading", "unproven"] as const;
export type Verdict = (typeof verdicts)[number];

/** Human labels, for the UI and exports. */
export const sourcingLabel: Record<Sourcing, string> = {
  confirmed: "Confirmed",
  attributed: "Attributed",
  speculative: "Speculative",
};
export const statusLabel: Record<ReviewStatus, string> = {
  draft: "Draft",
  needs_review: "Needs review",
  approved: "Approved",
};
export const roleLabel: Record<Role, string> = {
  admin: "Admin",
  editor: "Editor",
  analyst: "Analyst",
  viewer: "Viewer",
};
