/**
 * Imports a `json` story export as a new story, in one transaction: every article with its text
 * revisions, claims anchored to their revisions, propositions with verdicts and rationales, links
 * with stances and notes, comments, and review statuses. New ids replace the file's; the importing
 * person becomes the author of everything. A file with any problem is refused whole, with each
 * problem named by its path; nothing is half-imported.
 */
import { randomUUID } from "node:crypto";
import { inTransaction } from "@/data/db";
import { type ImportedRows, insertImportedStory } from "@/data/story-exchange";
import { recordAudit, recordAudits } from "@/domain/audit/record";
import type { Actor } from "@/domain/auth/actor";
import { atLeast, assertCanChangeContent } from "@/domain/auth/permissions";
import { forbidden } from "@/domain/errors";
import { getStory } from "@/domain/stories/service";
import type { StoryDto } from "@/domain/stories/schemas";
import type { ExportedComment, StoryExport } from "./format";
import { parseStoryExport } from "./parse-story-export";

export { parseStoryExport };

export interface ImportCounts {
  articles: number;
  revisions: number;
  claims: number;
  propositions: number;
  links: number;
  comments: number;
}

export type ImportedStoryDto = StoryDto & { imported: ImportCounts };

/** Approvals and verdicts are editors' decisions: an analyst cannot bring them in through a file. */
function assertCanImportDecisions(actor: Actor, doc: StoryExport): void {
  if (atLeast(actor, "editor")) return;
  const claims = doc.articles.flatMap((a) => a.claims).filter((c) => c.status === "approved").length;
  const links = doc.propositions.flatMap((p) => p.links).filter((l) => l.status === "approved").length;
  const verdicts = doc.propositions.filter((p) => p.verdict !== null).length;
  if (claims + links + verdicts === 0) return;
  const parts = [
    claims && `${claims} approved claim${claims > 1 ? "s" : ""}`,
    links && `${links} approved link${links > 1 ? "s" : ""}`,
    verdicts && `${verdicts} verdict${verdicts > 1 ? "s" : ""}`,
  ].filter(Boolean);
  throw forbidden(`This file holds editors' decisions (${parts.join(", ")}), which only editors can import. Ask an editor to import it.`);
}

export async function importStory(actor: Actor, input: unknown): Promise<ImportedStoryDto> {
  assertCanChangeContent(actor, "create", "story");
  const doc = parseStoryExport(input);
  assertCanImportDecisions(actor, doc);
  const { rows, counts, audits } = toRows(doc, actor);
  const storyId = rows.story.id;
  await inTransaction(async (tx) => {
    await insertImportedStory(tx, rows);
    await recordAudit(tx, actor, {
      action: "story.import",
      entity: "story",
      entityId: storyId,
      storyId,
      before: null,
      after: { title: doc.story.title, description: doc.story.description, importedFrom: doc.source.url ?? doc.source.storyId, exportedAt: doc.exportedAt, ...counts },
    });
    await recordAudits(tx, actor, audits.map((a) => ({ ...a, storyId, before: null })));
  });
  return { ...(await getStory(actor, storyId)), imported: counts };
}

type AuditDraft = { action: string; entity: "article" | "claim" | "proposition" | "link" | "comment"; entityId: string; after: Record<string, unknown> };

/** New rows for the file's content, with new ids and every reference mapped. */
function toRows(doc: StoryExport, actor: Actor): { rows: ImportedRows; counts: ImportCounts; audits: AuditDraft[] } {
  const now = new Date();
  const newId = new Map<string, string>();
  const idFor = (old: string) => {
    let id = newId.get(old);
    if (!id) newId.set(old, (id = randomUUID()));
    return id;
  };
  const storyId = randomUUID();
  const by = actor.userId;
  const review = (status: string) => (status === "needs_review" ? now : null);
  const audits: AuditDraft[] = [];
  const rows: ImportedRows = {
    story: { id: storyId, title: doc.story.title, description: doc.story.description, createdById: by, createdAt: now, updatedAt: now },
    articles: [],
    revisions: [],
    currentRevisions: [],
    claims: [],
    propositions: [],
    links: [],
    comments: [],
  };
  const comments = (list: ExportedComment[], target: { claimId?: string; propositionId?: string; linkId?: string }) => {
    for (const c of list) {
      const id = idFor(c.id);
      rows.comments.push({ id, storyId, ...target, kind: c.kind, body: c.body, authorId: by, createdAt: now, updatedAt: now });
      audits.push({ action: "comment.import", entity: "comment", entityId: id, after: { kind: c.kind, body: c.body, originalAuthor: c.author } });
    }
  };

  doc.articles.forEach((a, position) => {
    const articleId = idFor(a.id);
    const revisionIds = new Map<number, string>();
    rows.articles.push({ id: articleId, storyId, title: a.title, outlet: a.outlet, author: a.author, publishedAt: a.publishedAt, url: a.url, language: a.language, position, createdById: by, createdAt: now, updatedAt: now });
    for (const r of a.revisions) {
      const revisionId = randomUUID();
      revisionIds.set(r.number, revisionId);
      rows.revisions.push({ id: revisionId, articleId, number: r.number, text: r.text, createdById: by, createdAt: now });
    }
    rows.currentRevisions.push({ articleId, revisionId: revisionIds.get(a.currentRevision)! });
    audits.push({ action: "article.import", entity: "article", entityId: articleId, after: { title: a.title, outlet: a.outlet, author: a.author, publishedAt: a.publishedAt, url: a.url, language: a.language, revisions: a.revisions.length } });
    for (const c of a.claims) {
      const claimId = idFor(c.id);
      rows.claims.push({
        id: claimId,
        storyId,
        articleId,
        revisionId: revisionIds.get(c.revision)!,
        ...c.selector,
        orphaned: c.orphaned,
        statement: c.statement,
        sourcing: c.sourcing,
        source: c.source,
        cue: c.cue,
        status: c.status,
        reviewRequestedAt: review(c.status),
        createdById: by,
        createdAt: now,
        updatedAt: now,
      });
      audits.push({ action: "claim.import", entity: "claim", entityId: claimId, after: { statement: c.statement, sourcing: c.sourcing, source: c.source, cue: c.cue, status: c.status, orphaned: c.orphaned, exact: c.selector.exact, start: c.selector.start, end: c.selector.end, originalAuthor: c.createdBy } });
      comments(c.comments, { claimId });
    }
  });

  doc.propositions.forEach((p, position) => {
    const propositionId = idFor(p.id);
    rows.propositions.push({ id: propositionId, storyId, statement: p.statement, verdict: p.verdict, rationale: p.rationale, position, createdById: by, createdAt: now, updatedAt: now });
    audits.push({ action: "proposition.import", entity: "proposition", entityId: propositionId, after: { statement: p.statement, verdict: p.verdict, rationale: p.rationale, originalAuthor: p.createdBy } });
    comments(p.comments, { propositionId });
    for (const l of p.links) {
      const linkId = idFor(l.id);
      const claimId = newId.get(l.claimId)!;
      rows.links.push({ id: linkId, storyId, claimId, propositionId, stance: l.stance, note: l.note, status: l.status, reviewRequestedAt: review(l.status), createdById: by, createdAt: now, updatedAt: now });
      audits.push({ action: "link.import", entity: "link", entityId: linkId, after: { claimId, propositionId, stance: l.stance, note: l.note, status: l.status } });
      comments(l.comments, { linkId });
    }
  });

  const counts: ImportCounts = {
    articles: rows.articles.length,
    revisions: rows.revisions.length,
    claims: rows.claims.length,
    propositions: rows.propositions.length,
    links: rows.links.length,
    comments: rows.comments.length,
  };
  return { rows, counts, audits };
}
