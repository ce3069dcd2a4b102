import { ArticleAgreementSchema, ClosedRoundSchema, StoryAgreementSchema } from "@/domain/agreement/responses";
import { AdjudicationInput } from "@/domain/agreement/schemas";
import { ClaimSchema } from "@/domain/claims/responses";
import { answer, defineOperation } from "@/server/openapi/registry";
import { idParam } from "./params";

const editors = "editors and admins (the figures show every annotator's work, which the round hides from the annotators).";
const noRound = "The article has no open independent round.";

export const agreementOperations = [
  defineOperation({
    method: "get",
    path: "/api/v1/articles/{id}/agreement",
    operationId: "getArticleAgreement",
    tag: "Agreement",
    summary: "An article's agreement figures",
    description:
      "For the article's open independent round (or, once closed, as they were at close): span f1 per pair of annotators (claims matched one to one, greatest overlap first, " +
      "overlapping by at least half of the shorter span) and their mean; the units (connected groups of overlapping claims) with each annotator's value; " +
      "Krippendorff's alpha (nominal) of the sourcing over the units, with the pairable count and a confusion matrix; and how often annotators agreeing on a unit name the same source.",
    roles: editors,
    params: idParam("article"),
    ok: { 200: answer(ArticleAgreementSchema, "The figures.") },
    refusals: { 403: "Only editors see agreement figures.", 404: "No such article." },
  }),
  defineOperation({
    method: "get",
    path: "/api/v1/stories/{id}/agreement",
    operationId: "getStoryAgreement",
    tag: "Agreement",
    summary: "A story's agreement figures",
    description:
      "Every article's figures; `stance`: Krippendorff's alpha (nominal) over units proposition x article, each annotator's value the stance of their links from that article to that proposition " +
      "(`supports`, `contradicts`, `mixed`) or `absent`; `rounds`: every closed round's headline figures, oldest first.",
    roles: editors,
    params: idParam("story"),
    ok: { 200: answer(StoryAgreementSchema, "The figures.") },
    refusals: { 403: "Only editors see agreement figures.", 404: "No such story." },
  }),
  defineOperation({
    method: "post",
    path: "/api/v1/articles/{id}/adjudications",
    operationId: "adjudicateUnit",
    tag: "Agreement",
    summary: "Choose a unit's claim of record",
    description:
      "Picks one annotator's claim of the unit (`claimId`), optionally edited into a merged version (`statement`, `sourcing`, `source`, `cue`); it is approved and becomes the claim of record. " +
      "Choosing again replaces the choice. Closing the round deletes the unit's other versions (each kept in the audit trail).",
    roles: editors,
    params: idParam("article"),
    body: AdjudicationInput.meta({ id: "Adjudication" }),
    ok: { 200: answer(ClaimSchema, "The claim of record.") },
    refusals: { 403: "Only editors adjudicate.", 404: "No such article, or no such unit in its round.", 409: noRound },
  }),
  defineOperation({
    method: "post",
    path: "/api/v1/articles/{id}/rounds/close",
    operationId: "closeRound",
    tag: "Agreement",
    summary: "Close an article's independent round",
    description:
      "Keeps the agreement figures as they are now, deletes the other versions of each adjudicated unit (every version stays in the audit trail), closes the article's assignments, " +
      "and makes the round's remaining claims visible to all.",
    roles: editors,
    params: idParam("article"),
    ok: { 200: answer(ClosedRoundSchema, "The closed round with its figures.") },
    refusals: { 403: "Only editors close rounds.", 404: "No such article.", 409: noRound },
  }),
];
