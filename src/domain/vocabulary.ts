/**
 * The product's vocabulary (DESIGN.md), as zod enums shared by the API, server actions, forms and
 * the database layer. The Prisma model (prisma/model.prisma) declares the same values; a test keeps
 * the two in step.
 */
import { z } from "zod";

export const roles = ["admin", "editor", "analyst", "viewer"] as const;
export const Role = z.enum(roles);
export type Role = z.infer<typeof Role>;

export const sourcings = ["confirmed", "attributed", "speculative"] as const;
export const Sourcing = z.enum(sourcings);
export type Sourcing = z.infer<typeof Sourcing>;

export const stances = ["supports", "contradicts"] as const;
export const Stance = z.enum(stances);
export type Stance = z.infer<typeof Stance>;

export const reviewStatuses = ["draft", "needs_review", "approved"] as const;
export const ReviewStatus = z.enum(reviewStatuses);
export type ReviewStatus = z.infer<typeof ReviewStatus>;

export const verdicts = [
  "true",
  "mostly_true",
  "mixed",
  "mostly_false",
  "false",
  "misleading",
  "unproven",
] as const;
export const Verdict = z.enum(verdicts);
export type Verdict = z.infer<typeof Verdict>;

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
