/**
 * Reads an uploaded page or Markdown file so the new-article form can be prefilled before saving.
 * Only someone who may add an article may have a file read (a viewer cannot make the server parse
 * anything), and the file is held to the imported-page limit before a parsing worker reads it.
 */
import type { Actor } from "@/domain/auth/actor";
import { assertCanChangeContent } from "@/domain/auth/permissions";
import { invalidInput } from "@/domain/errors";
import { extractArticleInWorker, extractMarkdownInWorker } from "@/domain/parsing/pool";
import type { ExtractedArticle } from "./import-html";
import { MAX_HTML_CHARS } from "./schemas";

export async function previewArticleFile(actor: Actor, kind: "html" | "markdown", content: unknown): Promise<ExtractedArticle> {
  assertCanChangeContent(actor, "create", "article");
  const path = kind === "html" ? "html" : "file";
  if (typeof content !== "string" || content.length > MAX_HTML_CHARS) {
    throw invalidInput(`The ${kind === "html" ? "page" : "file"} is larger than ${MAX_HTML_CHARS.toLocaleString("en")} characters.`, [
      { path, message: "is too large" },
    ]);
  }
  return kind === "html" ? extractArticleInWorker(content) : extractMarkdownInWorker(content);
}
