/** The draft comparison as the API answers it. */
import { z } from "zod";
import { Id, type Same } from "@/domain/api-shapes";
import { SelectorSchema } from "@/domain/claims/responses";
import { PropositionSchema } from "@/domain/propositions/responses";
import { Sourcing, Stance } from "@/domain/vocabulary";
import { DivergenceReasonSchema } from "./responses";
import type { DraftClaimDto, DraftItemDto } from "./draft-service";

export const DraftClaimSchema = z
  .object({
    articleId: Id,
    selector: SelectorSchema,
    revisionId: Id.meta({ description: "The revision the selector's offsets refer to: send it back when accepting." }),
    statement: z.string().meta({ description: "The recorded claim's statement, or a proposed one for suggested words." }),
    sourcing: Sourcing,
    source: z.string().meta({ description: 'Who it is attributed to; "the author" when the outlet says it in its own voice.' }),
    cue: z.string(),
    stance: Stance.meta({ description: "How the claim would link to the proposition (the item's first claim is `supports`)." }),
    claimId: Id.optional().meta({ description: "Set when the claim is recorded already; absent for suggested words." }),
  })
  .meta({ id: "DraftClaim", description: "One article's claim of a drafted proposition." });

export const DraftItemSchema = z
  .object({
    key: z.string().meta({ description: "Identifies the item for accepting or rejecting it (the same claims give the same key)." }),
    statement: z.string().meta({ description: "The proposed proposition: the statement of its most central claim." }),
    score: z.number().min(0).max(1).meta({ description: "How well the claims agree on one point and how many articles speak to it, 0 to 1." }),
    claims: z.array(DraftClaimSchema).meta({ description: "At most one per article, the most central first." }),
    reasons: z.array(DivergenceReasonSchema).meta({ description: "What differs between the articles (numbers, dates, names, titles, negation)." }),
    reasonText: z.string().meta({ description: "The reasons in words, one line." }),
  })
  .meta({ id: "DraftItem", description: "A proposed proposition with each article's claim and stance." });

export const DraftListSchema = z
  .object({ items: z.array(DraftItemSchema) })
  .meta({ id: "DraftList", description: "Best first (no pages); items already accepted or rejected are left out." });

export const DraftAcceptedSchema = z
  .object({ proposition: PropositionSchema })
  .meta({ id: "DraftAccepted", description: "The new proposition with its links (the claims created for it and the links are `needs_review`)." });

export const DraftRejectedSchema = z
  .object({ outcome: z.literal("rejected") })
  .meta({ id: "DraftRejected", description: "Remembered: the item is not drafted again." });

export const draftShapesAgree: [Same<z.infer<typeof DraftClaimSchema>, DraftClaimDto>, Same<z.infer<typeof DraftItemSchema>, DraftItemDto>] = [true, true];
