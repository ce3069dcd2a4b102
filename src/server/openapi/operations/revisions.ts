import { ArticleChangesSchema, ChangesQuery, RefetchReportSchema } from "@/domain/revisions/schemas";
import { TimelineSchema } from "@/domain/timeline/schemas";
import { answer, defineOperation } from "@/server/openapi/registry";
import { idParam } from "./params";

const article = idParam("article");

export const revisionOperations = [
  defineOperation({
    method: "post",
    path: "/api/v1/articles/{id}/refetch",
    operationId: "refetchArticle",
    tag: "Coverage over time",
    summary: "Re-fetch an article from its page",
    description:
      "Fetches the article's page again (where it was imported from, else its `url`), with the limits and address checks of import by URL. A changed extracted text becomes a new revision: claims are re-anchored as after an edit, and `changes` lists what that did to each claim. An unchanged page only updates `fetchedAt`.",
    roles: "analysts, editors and admins (the new text is the outlet's, not theirs).",
    params: article,
    ok: { 200: answer(RefetchReportSchema, "Whether the text changed, the current revision, and each claim's change.") },
    refusals: {
      403: "Viewers cannot re-fetch articles.",
      404: "No such article.",
      409: "The article changed while its page was being fetched: try again.",
      422: "The article has no URL, or its page is no longer HTML or text, too large, or without article text.",
      502: "The page could not be had: unknown host, no answer within 10 s, too many redirects, an error status, or a dropped connection.",
    },
  }),
  defineOperation({
    method: "get",
    path: "/api/v1/articles/{id}/changes",
    operationId: "getArticleChanges",
    tag: "Coverage over time",
    summary: "What changed in an article since a revision",
    description:
      "Each claim that existed at `since` as unchanged, moved, reworded, rehedged, reattributed or orphaned, with its words before and after and the hedge and attribution cues gained or lost; and the text diff from `since` to the current revision.",
    params: article,
    query: ChangesQuery,
    ok: { 200: answer(ArticleChangesSchema, "The changes.") },
    refusals: { 404: "No such article, or no such revision of it." },
  }),
  defineOperation({
    method: "get",
    path: "/api/v1/stories/{id}/timeline",
    operationId: "getStoryTimeline",
    tag: "Coverage over time",
    summary: "A story's timeline",
    description:
      "Per proposition: which article reported it first and how each article treated it over time (stance and sourcing, from when its words appeared: the publication date, or the time of the revision that added them), and how its sourcing moved (`sourcingPath`); and each article's arrival and revisions.",
    params: idParam("story"),
    ok: { 200: answer(TimelineSchema, "The timeline.") },
    refusals: { 404: "No such story." },
  }),
];
