import { z } from "zod";
import { ActivityPageSchema } from "@/domain/audit/responses";
import { ActivityQuery } from "@/domain/audit/activity";
import { ClaimFilterQuery } from "@/domain/claims/schemas";
import { ClaimSearchResultSchema } from "@/domain/claims/responses";
import { ComparisonSchema } from "@/domain/comparison/responses";
import { ComparisonQuery } from "@/domain/comparison/query";
import { PageQuery } from "@/domain/pagination";
import { CreateStoryInput, UpdateStoryInput } from "@/domain/stories/schemas";
import { StoryPageSchema, StorySchema, StorySummarySchema } from "@/domain/stories/responses";
import { reviewStatuses, sourcings } from "@/domain/vocabulary";
import { answer, defineOperation } from "@/server/openapi/registry";
import { idParam, refuse } from "./params";

const story = idParam("story");

/** The filters take comma-separated lists; the rest of the schema is the one the service parses. */
const ClaimSearchQuery = ClaimFilterQuery.extend({
  sourcing: z
    .string()
    .optional()
    .meta({ description: `Comma-separated: ${sourcings.join(", ")}.`, example: "attributed,speculative" }),
  status: z
    .string()
    .optional()
    .meta({ description: `Comma-separated: ${reviewStatuses.join(", ")}.`, example: "needs_review" }),
});

export const storyOperations = [
  defineOperation({
    method: "get",
    path: "/api/v1/stories",
    operationId: "listStories",
    tag: "Stories",
    summary: "List stories",
    description: "Most recently changed first, with their article and claim counts.",
    query: PageQuery,
    ok: { 200: answer(StoryPageSchema, "A page of stories.") },
  }),
  defineOperation({
    method: "post",
    path: "/api/v1/stories",
    operationId: "createStory",
    tag: "Stories",
    summary: "Create a story",
    roles: "analysts, editors and admins.",
    body: CreateStoryInput,
    ok: { 201: answer(StorySummarySchema, "The new story.") },
    refusals: { 403: refuse.viewer },
  }),
  defineOperation({
    method: "get",
    path: "/api/v1/stories/{id}",
    operationId: "getStory",
    tag: "Stories",
    summary: "Get a story with its articles",
    params: story,
    ok: { 200: answer(StorySchema, "The story and its articles.") },
    refusals: { 404: "No such story." },
  }),
  defineOperation({
    method: "patch",
    path: "/api/v1/stories/{id}",
    operationId: "updateStory",
    tag: "Stories",
    summary: "Rename or describe a story",
    roles: "editors and admins; analysts for stories they created.",
    params: story,
    body: UpdateStoryInput,
    ok: { 200: answer(StorySummarySchema, "The changed story.") },
    refusals: { 403: refuse.notOwn, 404: "No such story.", 409: refuse.stale },
  }),
  defineOperation({
    method: "get",
    path: "/api/v1/stories/{id}/claims",
    operationId: "searchStoryClaims",
    tag: "Claims",
    summary: "Search a story's claims",
    description: "Full-text search over statements, words, sources and cues, with filters. Answers at most 500 claims in one page; `total` counts all matches.",
    params: story,
    query: ClaimSearchQuery,
    ok: { 200: answer(ClaimSearchResultSchema, "The matching claims.") },
    refusals: { 404: "No such story." },
  }),
  defineOperation({
    method: "get",
    path: "/api/v1/stories/{id}/comparison",
    operationId: "getComparison",
    tag: "Comparison",
    summary: "Compare the story's articles",
    description:
      "For each proposition and article: the stance (`supports`, `contradicts`, `mixed` when both, `absent`) and the strongest sourcing; for each pair of articles: agreements, divergences, sourcing gaps and what only one reports. " +
      "The answer carries an `ETag`; send it back as `If-None-Match` to get `304 Not Modified` with no body while nothing in the story changed (cheap polling). " +
      "With `approvedOnly=true`, only approved links of approved claims count (what editors signed off); the answer has the same fields.",
    params: story,
    query: ComparisonQuery.extend({
      approvedOnly: ComparisonQuery.shape.approvedOnly.meta({
        description: "`true`: count approved claims and approved links only. Default `false`: count all live ones.",
      }),
    }),
    ok: {
      200: {
        ...answer(ComparisonSchema, "The comparison, computed from the current links."),
        headers: { ETag: { description: "Changes whenever the comparison does.", schema: { type: "string" } } },
      },
      304: { description: "Not modified: `If-None-Match` names the current ETag." },
    },
    refusals: { 404: "No such story." },
  }),
  defineOperation({
    method: "get",
    path: "/api/v1/stories/{id}/activity",
    operationId: "listActivity",
    tag: "Activity",
    summary: "List a story's audit entries",
    description:
      "Who changed what and when, with the changed fields before and after; newest first. Filter by `actor` (user id), `action` and a `from`/`to` date range.",
    params: story,
    query: ActivityQuery,
    ok: { 200: answer(ActivityPageSchema, "A page of audit entries.") },
    refusals: { 404: "No such story." },
  }),
];
