/**
 * What the parsing worker does (src/domain/parsing/parse-worker.mjs). Runs in a worker thread with
 * its own heap limit, so a hostile page can exhaust only that worker, never the server.
 */
import { marked } from "marked";
import { extractArticleFromHtml, type ExtractedArticle } from "@/domain/articles/import-html";

export type ParseTask =
  | { kind: "html"; html: string; url?: string }
  | { kind: "markdown"; markdown: string };

export async function runTask(task: ParseTask): Promise<ExtractedArticle> {
  switch (task.kind) {
    case "html":
      return extractArticleFromHtml(task.html, task.url ? { url: task.url } : {});
    case "markdown": {
      const html = await marked.parse(task.markdown, { gfm: true });
      const firstHeading = /^#\s+(.+)$/m.exec(task.markdown)?.[1]?.trim() ?? null;
      const page = extractArticleFromHtml(`<html><body><article>${html}</article></body></html>`);
      return { ...page, title: firstHeading ?? page.title };
    }
  }
}
