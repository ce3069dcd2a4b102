/**
 * The product's vocabulary (docs/contract/DESIGN.md), as zod enums shared by the API, server actions, forms and
 * the database layer. The Prisma model (prisma/model.prisma) declares the same values; a test keeps
 * the two in step. The plain values, types and labels live in vocabulary-words.ts (no zod), which
 * browser code imports directly.
 */
import { z } from "zod";
import { reviewStatuses, roles, sourcings, stances, verdicts } from "./vocabulary-words";

export * from "./vocabulary-words";

export const Role = z.enum(roles);
export type Role = z.infer<typeof Role>;
export const Sourcing = z.enum(sourcings);
export type Sourcing = z.infer<typeof Sourcing>;
export const Stance = z.enum(stances);
export type Stance = z.infer<typeof Stance>;
export const ReviewStatus = z.enum(reviewStatuses);
export type ReviewStatus = z.infer<typeof ReviewStatus>;
export const Verdict = z.enum(verdicts);
export type Verdict = z.infer<typeof Verdict>;
