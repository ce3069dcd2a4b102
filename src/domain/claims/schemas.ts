import { z } from "zod";
import type { ReviewStatus, Sourcing } from "@/domain/vocabulary";

export const ClaimCursor = z.object({ s: z.number().int().min(0), id: z.string().min(1).max(64) });

/** A claim as the API answers it (API.md). */
export interface ClaimDto {
  id: string;
  storyId: string;
  articleId: string;
  revisionId: string;
  version: number;
  statement: string;
  sourcing: Sourcing;
  source: string;
  cue: string;
  status: ReviewStatus;
  orphaned: boolean;
  selector: { exact: string; prefix: string; suffix: string; start: number; end: number };
  createdBy: string | null;
  createdByName: string | null;
  createdAt: string;
  updatedAt: string;
}
