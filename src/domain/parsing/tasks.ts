/**
 * What the parsing worker does (src/domain/parsing/parse-worker.mjs). Runs in a worker thread with
 * its own heap limit, so a hostile page can exhaust only that worker, never the server.
 */
import { extractArticleFromMarkdown } from "@/domain/articles/import-markdown";
import { extractArticleFromHtml, type ExtractedArticle } from "@/domain/articles/import-html";
import { invalidInput } from "@/domain/errors";
import type { StoryExport } from "@/domain/exchange/format";
import { parseStoryExport } from "@/domain/exchange/parse-story-export";

export type ParseTask = { kind: "html"; html: string; url?: string } | { kind: "markdown"; markdown: string } | { kind: "story-export"; json: string };

export type ParseResult<T extends ParseTask> = T extends { kind: "story-export" } ? StoryExport : ExtractedArticle;

export async function runTask(task: ParseTask): Promise<ExtractedArticle | StoryExport> {
  switch (task.kind) {
    case "story-export": {
      let input: unknown;
      try {
        input = JSON.parse(task.json);
      } catch (e) {
        throw invalidInput("The body is not valid JSON.", [{ path: "(body)", message: (e as Error).message }]);
      }
      return parseStoryExport(input);
    }
    case "html":
      return extractArticleFromHtml(task.html, task.url ? { url: task.url } : {});
    case "markdown":
      return extractArticleFromMarkdown(task.markdown);
  }
}
