"use server";

import type { z } from "zod";

import type { CreateArticleFromHtml, CreateArticleFromText, ReviseTextInput, UpdateArticleInput } from "@/domain/articles/schemas";

import { revalidatePath } from "next/cache";
import { previewArticleFile } from "@/domain/articles/preview";
import { createArticle, reviseArticleText, updateArticle } from "@/domain/articles/service";
import type { ArticleDto, RevisionReport } from "@/domain/articles/schemas";
import type { ExtractedArticle } from "@/domain/articles/import-html";

import { type ActionResult, runAction } from "@/server/actions/run-action";

// Server actions of the articles feature: each parses nothing itself and calls the same
// domain services as the REST API, so both obey the same rules.

export async function createArticleAction(
  storyId: string,
  input: z.input<typeof CreateArticleFromText> | z.input<typeof CreateArticleFromHtml>,
): Promise<ActionResult<ArticleDto>> {
  const result = await runAction((actor) => createArticle(actor, storyId, input), { ids: { storyId } });
  if (result.ok) revalidatePath(`/stories/${storyId}`);
  return result;
}

/** Fetches the page at `url` and adds it as an article (the same rules as POST /stories/:id/articles with { url }). */
export async function importArticleFromUrlAction(storyId: string, url: string): Promise<ActionResult<ArticleDto>> {
  const result = await runAction((actor) => createArticle(actor, storyId, { url }), { ids: { storyId } });
  if (result.ok) revalidatePath(`/stories/${storyId}`);
  return result;
}

/** Reads an HTML page's metadata and text so the form can be prefilled before saving. */
export async function previewHtmlAction(html: string): Promise<ActionResult<ExtractedArticle>> {
  return runAction((actor) => previewArticleFile(actor, "html", html));
}

export async function updateArticleAction(id: string, input: z.input<typeof UpdateArticleInput>): Promise<ActionResult<ArticleDto>> {
  const result = await runAction((actor) => updateArticle(actor, id, input), { ids: { id } });
  if (result.ok) revalidatePath(`/stories/${result.data.storyId}`, "layout");
  return result;
}

export async function reviseTextAction(id: string, input: z.input<typeof ReviseTextInput>): Promise<ActionResult<RevisionReport>> {
  const result = await runAction((actor) => reviseArticleText(actor, id, input), { ids: { id } });
  if (result.ok) revalidatePath(`/stories/${result.data.article.storyId}`, "layout");
  return result;
}

/** Reads a Markdown file as an article: rendered to HTML, then through the same extractor. */
export async function previewMarkdownAction(markdown: string): Promise<ActionResult<ExtractedArticle>> {
  return runAction((actor) => previewArticleFile(actor, "markdown", markdown));
}
