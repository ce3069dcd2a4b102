/**
 * A Markdown file as an article: rendered to HTML (GitHub-flavoured), then through the same
 * extractor as an HTML page; the first level-one heading is the title. Runs in the parsing worker
 * (src/domain/parsing).
 */
import { marked } from "marked";
import { extractArticleFromHtml, type ExtractedArticle } from "./import-html";

export async function extractArticleFromMarkdown(markdown: string): Promise<ExtractedArticle> {
  const html = await marked.parse(markdown, { gfm: true });
  const firstHeading = /^#\s+(.+)$/m.exec(markdown)?.[1]?.trim() ?? null;
  const page = extractArticleFromHtml(`<html><body><article>${html}</article></body></html>`);
  return { ...page, title: firstHeading ?? page.title };
}
