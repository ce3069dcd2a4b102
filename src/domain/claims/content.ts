/** A claim's content fields: what it says and how it is sourced, as exports, imports and audits carry them. */
import { pick } from "@/domain/versioned/pick";

export const CLAIM_CONTENT = ["statement", "sourcing", "source", "cue", "status"] as const;

type Content = { statement: string; sourcing: string; source: string; cue: string; status: string };

export const claimContent = <T extends Content>(c: T) => pick(c, CLAIM_CONTENT);
