import { ClaimSchema } from "@/domain/claims/responses";
import { LinkSchema } from "@/domain/propositions/responses";
import { BulkReviewResultSchema, ReviewQueuePageSchema } from "@/domain/review/responses";
import { BulkReviewInput, MAX_BULK_REVIEW_ITEMS, ReviewDecisionInput, ReviewQueueQuery } from "@/domain/review/schemas";
import { answer, defineOperation } from "@/server/openapi/registry";
import { idParam } from "./params";

const Decision = ReviewDecisionInput.meta({
  id: "ReviewDecision",
  description:
    "Approve, or send back to its author with a `comment` saying what needs to change (required for `send_back`). A comment given with either is added to the item's comments.",
});

const BulkDecision = BulkReviewInput.meta({
  id: "BulkReviewDecision",
  description: `One decision on up to ${MAX_BULK_REVIEW_ITEMS} claims and links, each named by \`kind\`, \`id\` and the \`version\` you read. A \`comment\` (required for \`send_back\`) is added to every item's comments.`,
});

const decisionText = (what: string) =>
  `\`approve\` sets the ${what}'s status to \`approved\`; \`send_back\` sets it back to \`draft\` and adds the comment as a \`sent_back\` note its author sees. Either is recorded in the activity.`;

/** The queue's query, described (the schema the service parses, with words on its filters). */
const QueueQuery = ReviewQueueQuery.extend({
  story: ReviewQueueQuery.shape.story.meta({ description: "Only this story's items (a story id)." }),
  article: ReviewQueueQuery.shape.article.meta({ description: "Only this article's claims, and links of its claims (an article id)." }),
  author: ReviewQueueQuery.shape.author.meta({ description: "Only items this user created (a user id)." }),
  kind: ReviewQueueQuery.shape.kind.meta({ description: "Only claims, or only links; empty means both." }),
  sourcing: ReviewQueueQuery.shape.sourcing.meta({ description: "Only claims (and links of claims) of this sourcing; empty means any." }),
});

const onlyEditors = "Only editors and admins review.";

export const reviewOperations = [
  defineOperation({
    method: "get",
    path: "/api/v1/review-queue",
    operationId: "listReviewQueue",
    tag: "Review",
    summary: "List what waits for review",
    description:
      "Claims and links whose status is `needs_review`, across every story, oldest request first. Filter by `story`, `article`, `author` (user id), `kind` and the claim's `sourcing`.",
    query: QueueQuery,
    ok: { 200: answer(ReviewQueuePageSchema, "A page of the queue.") },
  }),
  defineOperation({
    method: "post",
    path: "/api/v1/claims/{id}/review",
    operationId: "reviewClaim",
    tag: "Review",
    summary: "Approve a claim, or send it back",
    description: decisionText("claim"),
    roles: "editors and admins.",
    params: idParam("claim"),
    body: Decision,
    ok: { 200: answer(ClaimSchema, "The claim with its new status and version.") },
    refusals: {
      403: onlyEditors,
      404: "No such claim.",
      409: "The claim is already approved (`approve`), is a draft already (`send_back`), or the `version` is stale. Nothing was changed.",
    },
  }),
  defineOperation({
    method: "post",
    path: "/api/v1/links/{id}/review",
    operationId: "reviewLink",
    tag: "Review",
    summary: "Approve a link, or send it back",
    description: decisionText("link"),
    roles: "editors and admins.",
    params: idParam("link"),
    body: Decision,
    ok: { 200: answer(LinkSchema, "The link with its new status and version.") },
    refusals: {
      403: onlyEditors,
      404: "No such link.",
      409: "The link is already approved (`approve`), is a draft already (`send_back`), or the `version` is stale. Nothing was changed.",
    },
  }),

  defineOperation({
    method: "post",
    path: "/api/v1/review/bulk",
    operationId: "reviewInBulk",
    tag: "Review",
    summary: "Approve, or send back, several items at once",
    description:
      "Applies one decision to every item in one transaction, all or nothing. Each item is recorded in the activity as its own decision, exactly as `POST /api/v1/{kind}s/{id}/review` would. If any item cannot be decided, nothing is written and `error.details` names each failing item by its index: `items.3.version` (stale), `items.3.id` (not found), `items.3` (already approved, or a draft already).",
    roles: "editors and admins.",
    body: BulkDecision,
    ok: { 200: answer(BulkReviewResultSchema, "Every item with its new status and version.") },
    refusals: {
      403: onlyEditors,
      404: "An item was not found (and none is stale or already decided). Nothing was changed.",
      409: "An item's `version` is stale, or it is already approved (`approve`) or a draft already (`send_back`). Nothing was changed.",
    },
  }),
];
