/**
 * Propositions (story-level points) and the links that tie claims to them with a stance. A claim
 * can only be linked to a proposition of its own story (also enforced by the database).
 */
import { findClaim } from "@/data/claims";
import { inTransaction } from "@/data/db";
import {
  findLink,
  findLinkByPair,
  findProposition,
  findStoryPropositions,
  insertLink,
  insertProposition,
  type LinkRow,
  type PropositionRow,
  updateLinkAtVersion,
  updatePropositionAtVersion,
} from "@/data/propositions";
import { findLiveStory, touchStory } from "@/data/stories";
import { recordAudit } from "@/domain/audit/record";
import type { Actor } from "@/domain/auth/actor";
import { assertCanChangeContent, assertCanReview, atLeast } from "@/domain/auth/permissions";
import { assertCanDeleteReviewed, initialReview, reviewAfterRestore, reviewAfterUpdate } from "@/domain/review/rules";
import { DomainError, forbidden, invalidInput, notFound, parseInput, staleVersion } from "@/domain/errors";
import { CreateLinkInput, CreatePropositionInput, type LinkDto, type PropositionDto, UpdateLinkInput, UpdatePropositionInput } from "./schemas";
import { VersionInput } from "@/domain/claims/schemas";
import { requireStory } from "@/domain/stories/service";

export function toLinkDto(row: LinkRow): LinkDto {
  return {
    id: row.id,
    propositionId: row.propositionId,
    claimId: row.claimId,
    articleId: row.claim.articleId,
    stance: row.stance,
    note: row.note,
    status: row.status,
    version: row.version,
    claim: { statement: row.claim.statement, sourcing: row.claim.sourcing, exact: row.claim.exact, source: row.claim.source, orphaned: row.claim.orphaned },
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function toPropositionDto(row: PropositionRow): PropositionDto {
  return {
    id: row.id,
    storyId: row.storyId,
    statement: row.statement,
    verdict: row.verdict,
    rationale: row.rationale,
    version: row.version,
    createdBy: row.createdBy?.id ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    links: row.links.map(toLinkDto),
  };
}

const auditedProposition = (p: { statement: string; verdict: string | null; rationale: string }) => ({
  statement: p.statement,
  verdict: p.verdict,
  rationale: p.rationale,
});
export const auditedLink = (l: { claimId: string; propositionId: string; stance: string; note: string; status: string }) => ({
  claimId: l.claimId,
  propositionId: l.propositionId,
  stance: l.stance,
  note: l.note,
  status: l.status,
});

/** The story's propositions with their links; `only` limits them to those ids (a page of the matrix). */
export async function listPropositions(actor: Actor, storyId: string, only?: string[]): Promise<PropositionDto[]> {
  await requireStory(actor, storyId);
  return (await findStoryPropositions(storyId, only)).map(toPropositionDto);
}

export async function createProposition(actor: Actor, storyId: string, input: unknown): Promise<PropositionDto> {
  const body = parseInput(CreatePropositionInput, input);
  assertCanChangeContent(actor, "create", "proposition");
  if (body.verdict) assertCanReview(actor);
  return inTransaction(async (tx) => {
    const story = await findLiveStory(tx, storyId);
    if (!story) throw notFound(`Story ${storyId}`);
    const row = await insertProposition(tx, { storyId, statement: body.statement, verdict: body.verdict ?? null, rationale: body.rationale ?? "", createdById: actor.userId });
    await recordAudit(tx, actor, { action: "proposition.create", entity: "proposition", entityId: row.id, storyId, before: null, after: auditedProposition(row) });
    await touchStory(tx, storyId);
    return toPropositionDto(row);
  });
}

export async function updateProposition(actor: Actor, id: string, input: unknown): Promise<PropositionDto> {
  const body = parseInput(UpdatePropositionInput, input);
  return inTransaction(async (tx) => {
    const current = await findProposition(id, tx);
    if (!current) throw notFound(`Proposition ${id}`);
    assertCanChangeContent(actor, "update", "proposition", current);
    // The verdict is the editors' fact-check rating, and so is the statement it rates: the
    // ClaimReview export publishes both under the editor's name, so an analyst may not reword a
    // proposition that carries a verdict (issue 14). Refused, rather than clearing the verdict, so
    // that an analyst's edit can never unpublish an editor's fact-check either.
    if ((body.verdict !== undefined && body.verdict !== current.verdict) || (body.rationale !== undefined && body.rationale !== current.rationale)) assertCanReview(actor);
    // A stale edit learns first that the proposition changed (it may have gained its verdict since).
    if (current.version !== body.version) throw staleVersion("proposition", `Proposition "${current.statement}"`, current);
    if (current.verdict !== null && body.statement !== undefined && body.statement !== current.statement && !atLeast(actor, "editor")) {
      throw forbidden("This proposition carries an editor's verdict: only editors can change its statement. Ask an editor, or propose a new proposition.");
    }
    const { version, ...changes } = body;
    const row = await updatePropositionAtVersion(tx, id, version, changes);
    if (!row) throw staleVersion("proposition", `Proposition "${current.statement}"`, current);
    await recordAudit(tx, actor, { action: "proposition.update", entity: "proposition", entityId: id, storyId: row.storyId, before: auditedProposition(current), after: auditedProposition(row) });
    await touchStory(tx, row.storyId);
    return toPropositionDto(row);
  });
}

export async function deleteProposition(actor: Actor, id: string, input: unknown): Promise<void> {
  const body = parseInput(VersionInput, input);
  await inTransaction(async (tx) => {
    const current = await findProposition(id, tx);
    if (!current) throw notFound(`Proposition ${id}`);
    assertCanChangeContent(actor, "delete", "proposition", current);
    if (current.version !== body.version) throw staleVersion("proposition", `Proposition "${current.statement}"`, current);
    const row = await updatePropositionAtVersion(tx, id, body.version, { deletedAt: new Date() });
    if (!row) throw staleVersion("proposition", `Proposition "${current.statement}"`, current);
    await recordAudit(tx, actor, { action: "proposition.delete", entity: "proposition", entityId: id, storyId: row.storyId, before: auditedProposition(current), after: null });
    await touchStory(tx, row.storyId);
  });
}

/** Links a claim of the same story to the proposition (reviving a deleted link of the same pair). */
export async function linkClaim(actor: Actor, propositionId: string, input: unknown): Promise<LinkDto> {
  const body = parseInput(CreateLinkInput, input);
  assertCanChangeContent(actor, "create", "link");
  // Refused before anything is looked up: who may approve does not depend on the claim.
  if (body.status === "approved") assertCanReview(actor);
  return inTransaction(async (tx) => {
    const proposition = await findProposition(propositionId, tx);
    if (!proposition) throw notFound(`Proposition ${propositionId}`);
    const claim = await findClaim(body.claimId, tx);
    if (!claim) throw invalidInput("The claim does not exist or was deleted.", [{ path: "claimId", message: "is not a live claim" }]);
    if (claim.storyId !== proposition.storyId) {
      throw invalidInput("A claim can only be linked to a proposition of its own story.", [{ path: "claimId", message: "belongs to another story" }]);
    }
    const existing = await findLinkByPair(tx, claim.id, propositionId);
    if (existing && !existing.deletedAt) {
      throw new DomainError("conflict", "This claim is already linked to this proposition. Change that link's stance instead.", [{ path: "claimId", message: `already linked (link ${existing.id})` }]);
    }
    const data = { stance: body.stance, note: body.note ?? "", ...initialReview(actor, body.status) };
    const row = existing
      ? await updateLinkAtVersion(tx, existing.id, existing.version, { ...data, deletedAt: null, createdById: actor.userId }, true)
      : await insertLink(tx, { storyId: claim.storyId, claimId: claim.id, propositionId, ...data, createdById: actor.userId });
    if (!row) throw new DomainError("conflict", "The link changed meanwhile. Try again.");
    await recordAudit(tx, actor, { action: "link.create", entity: "link", entityId: row.id, storyId: claim.storyId, before: null, after: auditedLink(row) });
    await touchStory(tx, claim.storyId);
    return toLinkDto(row);
  });
}

export async function updateLink(actor: Actor, id: string, input: unknown): Promise<LinkDto> {
  const body = parseInput(UpdateLinkInput, input);
  return inTransaction(async (tx) => {
    const current = await findLink(id, tx);
    if (!current) throw notFound(`Link ${id}`);
    assertCanChangeContent(actor, "update", "link", current);
    const { version, status, ...changes } = body;
    const contentChanged = (changes.stance !== undefined && changes.stance !== current.stance) || (changes.note !== undefined && changes.note !== current.note);
    const review = reviewAfterUpdate(actor, current, status, contentChanged);
    if (current.version !== body.version) throw staleVersion("link", "The link", current);
    const row = await updateLinkAtVersion(tx, id, version, { ...changes, ...review });
    if (!row) throw staleVersion("link", "The link", current);
    await recordAudit(tx, actor, { action: "link.update", entity: "link", entityId: id, storyId: row.storyId, before: auditedLink(current), after: auditedLink(row) });
    await touchStory(tx, row.storyId);
    return toLinkDto(row);
  });
}

export async function unlink(actor: Actor, id: string, input: unknown): Promise<void> {
  const body = parseInput(VersionInput, input);
  await inTransaction(async (tx) => {
    const current = await findLink(id, tx);
    if (!current) throw notFound(`Link ${id}`);
    assertCanChangeContent(actor, "delete", "link", current);
    assertCanDeleteReviewed(actor, current, "link");
    if (current.version !== body.version) throw staleVersion("link", "The link", current);
    const row = await updateLinkAtVersion(tx, id, body.version, { deletedAt: new Date() });
    if (!row) throw staleVersion("link", "The link", current);
    await recordAudit(tx, actor, { action: "link.delete", entity: "link", entityId: id, storyId: row.storyId, before: auditedLink(current), after: null });
    await touchStory(tx, row.storyId);
  });
}

/** Undoes a proposition's delete (from the activity page or the API). */
export async function restoreProposition(actor: Actor, id: string, input: unknown): Promise<PropositionDto> {
  const body = parseInput(VersionInput, input);
  return inTransaction(async (tx) => {
    const current = await findProposition(id, tx, true);
    if (!current) throw notFound(`Proposition ${id}`);
    if (!current.deletedAt) throw new DomainError("conflict", "This proposition is not deleted.");
    assertCanChangeContent(actor, "delete", "proposition", current);
    if (current.version !== body.version) throw staleVersion("proposition", `Proposition "${current.statement}"`, current);
    const row = await updatePropositionAtVersion(tx, id, body.version, { deletedAt: null }, true);
    if (!row) throw staleVersion("proposition", `Proposition "${current.statement}"`, current);
    await recordAudit(tx, actor, { action: "proposition.restore", entity: "proposition", entityId: id, storyId: row.storyId, before: null, after: auditedProposition(row) });
    await touchStory(tx, row.storyId);
    return toPropositionDto(row);
  });
}

/** Undoes an unlink. */
export async function restoreLink(actor: Actor, id: string, input: unknown): Promise<LinkDto> {
  const body = parseInput(VersionInput, input);
  return inTransaction(async (tx) => {
    const current = await findLink(id, tx, true);
    if (!current) throw notFound(`Link ${id}`);
    if (!current.deletedAt) throw new DomainError("conflict", "This link is not deleted.");
    assertCanChangeContent(actor, "delete", "link", current);
    if (current.version !== body.version) throw staleVersion("link", "The link", current);
    const row = await updateLinkAtVersion(tx, id, body.version, { deletedAt: null, ...reviewAfterRestore(actor, current) }, true);
    if (!row) throw staleVersion("link", "The link", current);
    await recordAudit(tx, actor, { action: "link.restore", entity: "link", entityId: id, storyId: row.storyId, before: null, after: auditedLink(row) });
    await touchStory(tx, row.storyId);
    return toLinkDto(row);
  });
}
