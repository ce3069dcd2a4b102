/**
 * Propositions: the story-level points that claims speak to. The write ritual is the versioned
 * kinds' (src/domain/versioned); links are in src/domain/links.
 */
import { inTransaction, type Tx } from "@/data/db";
import { findStoryPropositions, insertProposition, type PropositionRow } from "@/data/propositions";
import { findStory } from "@/data/stories";
import type { Actor } from "@/domain/auth/actor";
import { assertCanChangeContent, assertCanReview, can } from "@/domain/auth/permissions";
import { VersionInput } from "@/domain/claims/schemas";
import { forbidden, notFound, parseInput } from "@/domain/errors";
import { requireStory } from "@/domain/stories/service";
import { hiddenWork } from "@/domain/assignments/visibility";
import type { Verdict } from "@/domain/vocabulary";
import { created, restore, softDelete, updateAtVersion } from "@/domain/versioned/write";
import { propositionKind, toPropositionDto } from "./kind";
import { CreatePropositionInput, type PropositionDto, UpdatePropositionInput } from "./schemas";

export { toPropositionDto };
export { addLink, linkClaim, restoreLink, unlink, updateLink } from "@/domain/links/service";
export { auditedLink, toLinkDto } from "@/domain/links/kind";

/** The story's propositions with their links; `only` limits them to those ids (a page of the matrix). */
export async function listPropositions(actor: Actor, storyId: string, only?: string[]): Promise<PropositionDto[]> {
  await requireStory(actor, storyId);
  const hidden = await hiddenWork(actor, storyId);
  const rows = await findStoryPropositions(storyId, only);
  const visible = hidden.any ? rows.map((p) => ({ ...p, links: p.links.filter((l) => !hidden.linkIds.has(l.id) && !hidden.claimIds.has(l.claimId)) })) : rows;
  return visible.map(toPropositionDto);
}

export async function createProposition(actor: Actor, storyId: string, input: unknown): Promise<PropositionDto> {
  const body = parseInput(CreatePropositionInput, input);
  assertCanChangeContent(actor, "create", "proposition");
  if (body.verdict) assertCanReview(actor);
  return inTransaction(async (tx) => toPropositionDto(await addProposition(tx, actor, storyId, body)));
}

/** Inside a transaction: a new proposition of a live story, audited (its input already checked). */
export async function addProposition(
  tx: Tx,
  actor: Actor,
  storyId: string,
  body: { statement: string; verdict?: Verdict | null; rationale?: string },
): Promise<PropositionRow> {
  const story = await findStory(storyId, { tx });
  if (!story) throw notFound(`Story ${storyId}`);
  const row = await insertProposition(tx, {
    storyId,
    statement: body.statement,
    verdict: body.verdict ?? null,
    rationale: body.rationale ?? "",
    createdById: actor.userId,
  });
  await created(propositionKind, tx, actor, row);
  return row;
}

export async function updateProposition(actor: Actor, id: string, input: unknown): Promise<PropositionDto> {
  const { version, ...changes } = parseInput(UpdatePropositionInput, input);
  return updateAtVersion(propositionKind, actor, id, version, {
    authorize: (current) => {
      assertCanChangeContent(actor, "update", "proposition", current);
      // The verdict is the editors' fact-check rating, and so is the statement it rates: the
      // ClaimReview export publishes both under the editor's name, so an analyst may not reword a
      // proposition that carries a verdict (issue 14). Refused, rather than clearing the verdict, so
      // that an analyst's edit can never unpublish an editor's fact-check either.
      if (
        (changes.verdict !== undefined && changes.verdict !== current.verdict) ||
        (changes.rationale !== undefined && changes.rationale !== current.rationale)
      )
        assertCanReview(actor);
    },
    // A stale edit learns first that the proposition changed (it may have gained its verdict since).
    check: (current) => {
      if (current.verdict !== null && changes.statement !== undefined && changes.statement !== current.statement && !can(actor, "review")) {
        throw forbidden("This proposition carries an editor's verdict: only editors can change its statement. Ask an editor, or propose a new proposition.");
      }
    },
    data: () => changes,
  });
}

export async function deleteProposition(actor: Actor, id: string, input: unknown): Promise<void> {
  const { version } = parseInput(VersionInput, input);
  await softDelete(propositionKind, actor, id, version, (current) => assertCanChangeContent(actor, "delete", "proposition", current));
}

/** Undoes a proposition's delete (from the activity page or the API). */
export async function restoreProposition(actor: Actor, id: string, input: unknown): Promise<PropositionDto> {
  const { version } = parseInput(VersionInput, input);
  return restore(propositionKind, actor, id, version, (current) => assertCanChangeContent(actor, "delete", "proposition", current));
}
