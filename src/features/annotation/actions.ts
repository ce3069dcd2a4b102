"use server";

import type { z } from "zod";
import type { CreateStoryInput, UpdateStoryInput } from "@/domain/stories/schemas";
import type { CreateArticleFromHtml, CreateArticleFromText, ReviseTextInput, UpdateArticleInput } from "@/domain/articles/schemas";
import type { CreateClaimInput, UpdateClaimInput } from "@/domain/claims/schemas";
import type { SuggestionDecisionInput } from "@/domain/assistance/schemas";

import { revalidatePath } from "next/cache";
import { previewArticleFile } from "@/domain/articles/preview";
import { createArticle, reviseArticleText, updateArticle } from "@/domain/articles/service";
import type { ArticleDto, RevisionReport } from "@/domain/articles/schemas";
import type { ExtractedArticle } from "@/domain/articles/import-html";

import { createClaim, deleteClaim, getClaim, restoreClaim, updateClaim } from "@/domain/claims/service";
import type { ClaimDto } from "@/domain/claims/schemas";
import { createStory, updateStory } from "@/domain/stories/service";
import type { StorySummaryDto } from "@/domain/stories/schemas";

import { type ActionResult, runAction } from "@/server/actions/run-action";
import { type DecisionResult, decideSuggestion, listSuggestions, type SuggestionDto } from "@/domain/assistance/service";

// Server actions of the annotation features: each parses nothing itself and calls the same
// domain services as the REST API, so both obey the same rules.

export async function createStoryAction(input: z.input<typeof CreateStoryInput>): Promise<ActionResult<StorySummaryDto>> {
  const result = await runAction((actor) => createStory(actor, input));
  if (result.ok) revalidatePath("/");
  return result;
}

export async function updateStoryAction(id: string, input: z.input<typeof UpdateStoryInput>): Promise<ActionResult<StorySummaryDto>> {
  const result = await runAction((actor) => updateStory(actor, id, input), { ids: { id } });
  if (result.ok) revalidatePath(`/stories/${id}`);
  return result;
}

export async function createArticleAction(storyId: string, input: z.input<typeof CreateArticleFromText> | z.input<typeof CreateArticleFromHtml>): Promise<ActionResult<ArticleDto>> {
  const result = await runAction((actor) => createArticle(actor, storyId, input), { ids: { storyId } });
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

export async function createClaimAction(articleId: string, input: z.input<typeof CreateClaimInput>): Promise<ActionResult<ClaimDto>> {
  const result = await runAction((actor) => createClaim(actor, articleId, input), { ids: { articleId } });
  if (result.ok) revalidatePath(`/stories/${result.data.storyId}`, "layout");
  return result;
}

export async function updateClaimAction(id: string, input: z.input<typeof UpdateClaimInput>): Promise<ActionResult<ClaimDto>> {
  const result = await runAction((actor) => updateClaim(actor, id, input), { ids: { id } });
  if (result.ok) revalidatePath(`/stories/${result.data.storyId}`, "layout");
  return result;
}

export async function deleteClaimAction(id: string, version: number): Promise<ActionResult<null>> {
  return runAction(async (actor) => {
    await deleteClaim(actor, id, { version });
    return null;
  }, { ids: { id } });
}

export async function restoreClaimAction(id: string, version: number): Promise<ActionResult<ClaimDto>> {
  return runAction((actor) => restoreClaim(actor, id, { version }), { ids: { id } });
}

/** Reads a Markdown file as an article: rendered to HTML, then through the same extractor. */
export async function previewMarkdownAction(markdown: string): Promise<ActionResult<ExtractedArticle>> {
  return runAction((actor) => previewArticleFile(actor, "markdown", markdown));
}

/** The claim as it is now (after a conflict, to compare with what the person typed). */
export async function getClaimAction(id: string): Promise<ActionResult<ClaimDto>> {
  return runAction((actor) => getClaim(actor, id), { ids: { id } });
}

export async function loadSuggestionsAction(articleId: string): Promise<ActionResult<{ items: SuggestionDto[]; revisionId: string | null }>> {
  return runAction((actor) => listSuggestions(actor, articleId, {}), { ids: { articleId } });
}

/** Accepts (records the claim) or rejects a suggestion; both are remembered. */
export async function decideSuggestionAction(articleId: string, input: z.input<typeof SuggestionDecisionInput>): Promise<ActionResult<DecisionResult>> {
  return runAction((actor) => decideSuggestion(actor, articleId, input), { ids: { articleId } });
}
