/** The API's limits, from the constants the server enforces, for the document and the reference page. */
import { MAX_ARTICLE_CHARS, MAX_HTML_CHARS } from "@/domain/articles/schemas";
import { DEFAULT_LIMIT, MAX_LIMIT } from "@/domain/pagination";
import { MAX_JSON_BODY_BYTES } from "@/server/http/limits";

const n = (value: number) => value.toLocaleString("en");

export const apiLimits = [
  { name: "JSON body", value: `${MAX_JSON_BODY_BYTES / 1024 / 1024} MiB`, detail: "Larger bodies are refused with 413 before they are read." },
  { name: "Article text", value: `${n(MAX_ARTICLE_CHARS)} characters`, detail: "The `text` of a new article or a revision; longer is a 400 naming `text`." },
  { name: "HTML page", value: `${n(MAX_HTML_CHARS)} characters`, detail: "The `html` of a new article, before extraction (and within the 2 MiB body)." },
  {
    name: "Page size",
    value: `${DEFAULT_LIMIT} by default, at most ${MAX_LIMIT}`,
    detail: "`?limit=` of paginated lists (stories, an article's claims, activity); more is a 400 naming `limit`.",
  },
  { name: "Claim search", value: "500 claims", detail: "`GET /api/v1/stories/{id}/claims` answers the first 500 matches in one page, with the `total`." },
] as const;
