import { z } from "zod";
import { ArticleSchema, RevisionReportSchema } from "@/domain/articles/responses";
import { CreateArticleFromHtml, CreateArticleFromText, CreateArticleFromUrl, ReviseTextInput, UpdateArticleInput } from "@/domain/articles/schemas";
import { ClaimPageSchema, ClaimSchema } from "@/domain/claims/responses";
import { CreateClaimInput } from "@/domain/claims/schemas";
import { PageQuery } from "@/domain/pagination";
import { answer, defineOperation } from "@/server/openapi/registry";
import { idParam, refuse } from "./params";

const article = idParam("article");

const NewArticle = z.union([
  CreateArticleFromText.meta({ id: "NewArticleFromText", description: "An article from its plain text." }),
  CreateArticleFromHtml.meta({
    id: "NewArticleFromHtml",
    description:
      "An article from an HTML page: its text is extracted and sanitised; title, outlet, author, date, URL and language are taken from the page unless given.",
  }),
  CreateArticleFromUrl.meta({
    id: "NewArticleFromUrl",
    description:
      "An article fetched from `url` (no `text` or `html`): the page is read like `html`; title, byline, publication and modification dates, outlet (`og:site_name`, else the host), language (`<html lang>`) and canonical URL come from the page unless given.",
  }),
]);

export const articleOperations = [
  defineOperation({
    method: "post",
    path: "/api/v1/stories/{id}/articles",
    operationId: "createArticle",
    tag: "Articles",
    summary: "Add an article to a story",
    description:
      "Send `text`, or `html` (never both), or only `url` to have the server fetch the page. Line endings are normalised to `\\n`. A fetch takes at most 10 s, 4 MB and 5 redirects, reads only HTML or plain text (charset from the headers or `<meta>`), and never connects to loopback, private, link-local or metadata addresses unless the server's `FETCH_ALLOW_HOSTS` names the host and port.",
    roles: "analysts, editors and admins.",
    params: idParam("story"),
    body: NewArticle,
    ok: { 201: answer(ArticleSchema, "The new article with its text and first revision.") },
    refusals: {
      400: "Invalid input, or a `url` the server does not fetch (not http(s), or an address it refuses): `error.details` names the field.",
      403: refuse.viewer,
      404: "No such story.",
      422: "The page at `url` is not HTML or plain text, or is larger than the limit.",
      502: "The page at `url` could not be had: unknown host, no answer within 10 s, more than 5 redirects, an error status, or a dropped connection. The message names which.",
    },
  }),
  defineOperation({
    method: "get",
    path: "/api/v1/articles/{id}",
    operationId: "getArticle",
    tag: "Articles",
    summary: "Get an article with its current text",
    params: article,
    ok: { 200: answer(ArticleSchema, "The article.") },
    refusals: { 404: "No such article." },
  }),
  defineOperation({
    method: "patch",
    path: "/api/v1/articles/{id}",
    operationId: "updateArticle",
    tag: "Articles",
    summary: "Edit an article's metadata",
    description: "Title, outlet, author, publication date, URL and language; the text has its own endpoint.",
    roles: "editors and admins; analysts for articles they added.",
    params: article,
    body: UpdateArticleInput,
    ok: { 200: answer(ArticleSchema, "The changed article.") },
    refusals: { 403: refuse.notOwn, 404: "No such article.", 409: refuse.stale },
  }),
  defineOperation({
    method: "put",
    path: "/api/v1/articles/{id}/text",
    operationId: "reviseArticleText",
    tag: "Articles",
    summary: "Revise an article's text",
    description: "Saves a new revision and re-anchors every claim to it; claims whose words are gone are kept and flagged `orphaned`.",
    roles: "editors and admins; analysts for articles they added.",
    params: article,
    body: ReviseTextInput,
    ok: { 200: answer(RevisionReportSchema, "The article with its new revision, and what happened to its claims.") },
    refusals: { 403: refuse.notOwn, 404: "No such article.", 409: refuse.stale },
  }),
  defineOperation({
    method: "get",
    path: "/api/v1/articles/{id}/claims",
    operationId: "listArticleClaims",
    tag: "Claims",
    summary: "List an article's claims",
    description: "In reading order (by start offset).",
    params: article,
    query: PageQuery,
    ok: { 200: answer(ClaimPageSchema, "A page of claims.") },
    refusals: { 404: "No such article." },
  }),
  defineOperation({
    method: "post",
    path: "/api/v1/articles/{id}/claims",
    operationId: "createClaim",
    tag: "Claims",
    summary: "Record a claim",
    description:
      "Anchor it by offsets (`start`, `end`, optionally `exact` to check them) or by quote alone (`exact` with optional `prefix`/`suffix` to tell repeated words apart). Offsets are UTF-16 code units into the current text, end exclusive. An absent or ambiguous quote is a 400 that says so.",
    roles: "analysts, editors and admins; only editors and admins can record it as `approved`.",
    params: article,
    body: CreateClaimInput,
    ok: { 201: answer(ClaimSchema, "The new claim.") },
    refusals: {
      403: "Viewers cannot record claims; analysts cannot approve.",
      404: "No such article.",
      409: "The text changed since `revisionId`: reload the article and select the words again.",
    },
  }),
];
