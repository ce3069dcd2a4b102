/**
 * Imports a `json` story export as a new story, in one transaction: every article with its text
 * revisions, claims anchored to their revisions, propositions with verdicts and rationales, links
 * with stances and notes, comments, and review statuses. New ids replace the file's. Work keeps its
 * author: the account with the author's email, or else the importing person with the original
 * author recorded (import-provenance.ts). A copy whose title a story already has is marked, and the
 * story records the file and day it came from. A file with any problem is refused whole, with each
 * problem named by its path; nothing is half-imported.
 */
import { randomUUID } from "node:crypto";
import { inTransaction, type Tx } from "@/data/db";
import { z } from "zod";
import { findTakenStoryTitles, findUserIdsByEmails, type ImportedRows, insertImportedStory } from "@/data/story-exchange";
import { recordAudit, recordAudits } from "@/domain/audit/record";
import type { Actor } from "@/domain/auth/actor";
import { atLeast, assertCanChangeContent } from "@/domain/auth/permissions";
import { forbidden, parseInput } from "@/domain/errors";
import { getStory } from "@/domain/stories/service";
import type { StoryDto } from "@/domain/stories/schemas";
import type { ExportedComment, StoryExport } from "./format";
import { parseStoryExport } from "./parse-story-export";

export { parseStoryExport };
import { type Attribution, attributor, authorEmails, authorsWithoutAccount, copyTitleCandidates, MAX_TITLE } from "./import-provenance";
import { claimContent } from "@/domain/claims/content";
import { pickArticleFields } from "@/domain/articles/fields";

/** The import's query: the name of the file the story comes from (shown on the story); dryRun only previews. */
export const ImportStoryQuery = z.object({
  file: z
    .string()
    .trim()
    .max(255, "must be at most 255 characters")
    .optional()
    .transform((v) => v || undefined),
  dryRun: z
    .enum(["true", "false"], { message: 'must be "true" or "false"' })
    .optional()
    .transform((v) => v === "true"),
});

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

/** What an import would bring in, checked as the import checks it: the preview before confirming. */
export interface ImportPreview {
  dryRun: true;
  /** The title the new story will have (marked when a story already has the file's). */
  title: string;
  originalTitle: string;
  counts: ImportCounts;
  /** The file's authors without an account here: recorded as the original authors, the importer stands in. */
  authorsWithoutAccount: string[];
}

/** The new story's title and its authors' accounts, as of now (inside the caller's transaction). */
async function planImport(tx: Tx, doc: StoryExport, now: Date) {
  const accounts = await findUserIdsByEmails(tx, authorEmails(doc));
  const candidates = copyTitleCandidates(doc.story.title, now.toISOString().slice(0, 10));
  const taken = await findTakenStoryTitles(tx, candidates);
  const title = candidates.find((t) => !taken.has(t)) ?? `${doc.story.title.slice(0, MAX_TITLE - 40).trimEnd()} (imported ${now.toISOString()})`;
  return { accounts, title };
}

async function previewStoryImport(doc: StoryExport): Promise<ImportPreview> {
  const { accounts, title } = await inTransaction((tx) => planImport(tx, doc, new Date()));
  return { dryRun: true, title, originalTitle: doc.story.title, counts: countsOf(doc), authorsWithoutAccount: authorsWithoutAccount(doc, accounts) };
}

function countsOf(doc: StoryExport): ImportCounts {
  const comments = [...doc.articles.flatMap((a) => a.claims), ...doc.propositions, ...doc.propositions.flatMap((p) => p.links)].reduce(
    (n, x) => n + x.comments.length,
    0,
  );
  return {
    articles: doc.articles.length,
    revisions: doc.articles.reduce((n, a) => n + a.revisions.length, 0),
    claims: doc.articles.reduce((n, a) => n + a.claims.length, 0),
    propositions: doc.propositions.length,
    links: doc.propositions.reduce((n, p) => n + p.links.length, 0),
    comments,
  };
}

/** Imports the file as a new story, or with `?dryRun=true` only says what the import would do. */
export async function importStory(actor: Actor, input: unknown, query: unknown = {}): Promise<ImportedStoryDto | ImportPreview> {
  assertCanChangeContent(actor, "create", "story");
  return importCheckedStory(actor, parseStoryExport(input), query);
}

/** A story export already read and checked (by parseStoryExport, e.g. in the parsing worker): imported, or previewed. */
export async function importCheckedStory(actor: Actor, doc: StoryExport, query: unknown = {}): Promise<ImportedStoryDto | ImportPreview> {
  assertCanChangeContent(actor, "create", "story");
  const { file, dryRun } = parseInput(ImportStoryQuery, query, "The query");
  assertCanImportDecisions(actor, doc);
  if (dryRun) return previewStoryImport(doc);
  const now = new Date();
  const storyId = await inTransaction(async (tx) => {
    const { accounts, title } = await planImport(tx, doc, now);
    const { rows, counts, audits } = toRows(doc, attributor(accounts, actor.userId), { now, title, fileName: file ?? null });
    const storyId = rows.story.id;
    await insertImportedStory(tx, rows);
    await recordAudit(tx, actor, {
      action: "story.import",
      entity: "story",
      entityId: storyId,
      storyId,
      before: null,
      after: {
        title,
        originalTitle: doc.story.title,
        description: doc.story.description,
        importedFrom: doc.source.url ?? doc.source.storyId,
        file: file ?? null,
        exportedAt: doc.exportedAt,
        ...counts,
      },
    });
    await recordAudits(
      tx,
      actor,
      audits.map((a) => ({ ...a, storyId, before: null })),
    );
    return storyId;
  });
  const counts = countsOf(doc);
  return { ...(await getStory(actor, storyId)), imported: counts };
}

type AuditDraft = { action: string; entity: "article" | "claim" | "proposition" | "link" | "comment"; entityId: string; after: Record<string, unknown> };

/** New rows for the file's content, with new ids and every reference mapped. */
function toRows(
  doc: StoryExport,
  attribute: (name: string | null, email: string | null | undefined) => Attribution,
  story: { now: Date; title: string; fileName: string | null },
): { rows: ImportedRows; counts: ImportCounts; audits: AuditDraft[] } {
  const { now } = story;
  const newId = new Map<string, string>();
  const idFor = (old: string) => {
    let id = newId.get(old);
    if (!id) newId.set(old, (id = randomUUID()));
    return id;
  };
  const storyId = randomUUID();
  const review = (status: string) => (status === "needs_review" ? now : null);
  const audits: AuditDraft[] = [];
  const rows: ImportedRows = {
    story: {
      id: storyId,
      title: story.title,
      description: doc.story.description,
      ...attribute(doc.story.createdBy, doc.story.createdByEmail),
      importedFrom: story.fileName,
      importedAt: now,
      createdAt: now,
      updatedAt: now,
    },
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
      const who = attribute(c.author, c.authorEmail);
      rows.comments.push({
        id,
        storyId,
        ...target,
        kind: c.kind,
        body: c.body,
        authorId: who.createdById,
        importedAuthor: who.importedAuthor,
        createdAt: now,
        updatedAt: now,
      });
      audits.push({ action: "comment.import", entity: "comment", entityId: id, after: { kind: c.kind, body: c.body, originalAuthor: c.author } });
    }
  };

  doc.articles.forEach((a, position) => {
    const articleId = idFor(a.id);
    const revisionIds = new Map<number, string>();
    rows.articles.push({
      id: articleId,
      storyId,
      ...pickArticleFields(a),
      position,
      ...attribute(a.createdBy, a.createdByEmail),
      createdAt: now,
      updatedAt: now,
    });
    for (const r of a.revisions) {
      const revisionId = randomUUID();
      revisionIds.set(r.number, revisionId);
      rows.revisions.push({ id: revisionId, articleId, number: r.number, text: r.text, ...attribute(r.createdBy, r.createdByEmail), createdAt: now });
    }
    rows.currentRevisions.push({ articleId, revisionId: revisionIds.get(a.currentRevision)! });
    audits.push({
      action: "article.import",
      entity: "article",
      entityId: articleId,
      after: { ...pickArticleFields(a), revisions: a.revisions.length },
    });
    for (const c of a.claims) {
      const claimId = idFor(c.id);
      rows.claims.push({
        id: claimId,
        storyId,
        articleId,
        revisionId: revisionIds.get(c.revision)!,
        ...c.selector,
        orphaned: c.orphaned,
        ...claimContent(c),
        reviewRequestedAt: review(c.status),
        ...attribute(c.createdBy, c.createdByEmail),
        createdAt: now,
        updatedAt: now,
      });
      audits.push({
        action: "claim.import",
        entity: "claim",
        entityId: claimId,
        after: {
          ...claimContent(c),
          orphaned: c.orphaned,
          exact: c.selector.exact,
          start: c.selector.start,
          end: c.selector.end,
          originalAuthor: c.createdBy,
        },
      });
      comments(c.comments, { claimId });
    }
  });

  doc.propositions.forEach((p, position) => {
    const propositionId = idFor(p.id);
    rows.propositions.push({
      id: propositionId,
      storyId,
      statement: p.statement,
      verdict: p.verdict,
      rationale: p.rationale,
      position,
      ...attribute(p.createdBy, p.createdByEmail),
      createdAt: now,
      updatedAt: now,
    });
    audits.push({
      action: "proposition.import",
      entity: "proposition",
      entityId: propositionId,
      after: { statement: p.statement, verdict: p.verdict, rationale: p.rationale, originalAuthor: p.createdBy },
    });
    comments(p.comments, { propositionId });
    for (const l of p.links) {
      const linkId = idFor(l.id);
      const claimId = newId.get(l.claimId)!;
      rows.links.push({
        id: linkId,
        storyId,
        claimId,
        propositionId,
        stance: l.stance,
        note: l.note,
        status: l.status,
        reviewRequestedAt: review(l.status),
        ...attribute(l.createdBy, l.createdByEmail),
        createdAt: now,
        updatedAt: now,
      });
      audits.push({
        action: "link.import",
        entity: "link",
        entityId: linkId,
        after: { claimId, propositionId, stance: l.stance, note: l.note, status: l.status },
      });
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
