/**
 * An article's page fetched from its URL and read like an uploaded HTML file: the extractor runs in
 * the parsing workers, the page's metadata (title, byline, publication and modification dates,
 * outlet, language, canonical URL) fills what the request does not give.
 */
import { normalizeText } from "@/domain/anchoring/text";
import { DomainError } from "@/domain/errors";
import { extractArticleInWorker } from "@/domain/parsing/pool";
import { fetchPage } from "@/server/net/fetch-page";
import type { ExtractedArticle } from "./import-html";
import { fetchErrorAsDomainError } from "./fetch-errors";
import { MAX_HTML_CHARS } from "./schemas";

export interface FetchedArticle extends ExtractedArticle {
  /** Where the page was found after redirects. */
  fetchedUrl: string;
  fetchedAt: Date;
}

export async function fetchArticle(url: string): Promise<FetchedArticle> {
  let page;
  try {
    page = await fetchPage(url);
  } catch (error) {
    throw fetchErrorAsDomainError(error);
  }
  if (page.text.length > MAX_HTML_CHARS) {
    throw new DomainError("unprocessable", `The page is longer than ${MAX_HTML_CHARS.toLocaleString("en")} characters. Nothing was saved.`, [
      { path: "url", message: "is too large" },
    ]);
  }
  const fetchedAt = new Date();
  const host = new URL(page.url).hostname.replace(/^www\./, "");
  const extracted = page.contentType === "text/plain" ? plainTextArticle(page.text) : await extractArticleInWorker(page.text, { url: page.url });
  return {
    ...extracted,
    outlet: extracted.outlet ?? host,
    url: extracted.url ?? page.url,
    modifiedAt: extracted.modifiedAt ?? httpDate(page.headers["last-modified"]),
    fetchedUrl: page.url,
    fetchedAt,
  };
}

/** A plain-text page: its first line is taken as the title (an editor can change it). */
function plainTextArticle(raw: string): ExtractedArticle {
  const text = normalizeText(raw).trim();
  const firstLine =
    text
      .split("\n")
      .find((line) => line.trim())
      ?.trim() ?? null;
  return { title: firstLine && firstLine.slice(0, 500), byline: null, publishedAt: null, modifiedAt: null, outlet: null, language: null, url: null, text };
}

function httpDate(value: string | undefined): string | null {
  const time = value ? Date.parse(value) : NaN;
  return Number.isNaN(time) ? null : new Date(time).toISOString().replace(/\.\d{3}Z$/, "Z");
}
