/**
 * Turns a story's rows (src/data/story-exchange.ts) into the json export document, which every
 * other export format is then serialised from.
 */
import { pickArticleFields } from "@/domain/articles/fields";
import type { StoryContentRows } from "@/data/story-exchange";
import { STORY_FORMAT, STORY_FORMAT_VERSION, type ExportedComment, type StoryExport } from "./format";
import { claimContent } from "@/domain/claims/content";

type Person = { name: string; email: string } | null;
type Named = { createdBy: Person; importedAuthor: string | null; createdAt: Date; updatedAt: Date };

/**
 * Who made a row: its account, or, for work imported from someone without an account here, the
 * original author recorded at the import ("Name <email>", "Name" or "email").
 */
export function authorOf(person: Person, importedAuthor: string | null): { name: string | null; email: string | null } {
  if (importedAuthor) {
    const match = /^(.*?)\s*<([^<>\s]+@[^<>\s]+)>$/.exec(importedAuthor);
    if (match) return { name: match[1] || null, email: match[2]! };
    return importedAuthor.includes("@") && !importedAuthor.includes(" ") ? { name: null, email: importedAuthor } : { name: importedAuthor, email: null };
  }
  return { name: person?.name ?? null, email: person?.email ?? null };
}

const authored = (row: Named) => {
  const who = authorOf(row.createdBy, row.importedAuthor);
  return { createdBy: who.name, createdByEmail: who.email, ...stamps(row) };
};
const stamps = (row: Named) => ({
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

export interface VerdictGiven {
  by: string | null;
  at: Date;
}

export function buildStoryExport(
  rows: StoryContentRows,
  context: { exportedAt: Date; exportedBy: string; baseUrl: string; verdicts: Map<string, VerdictGiven> },
): StoryExport {
  const comments = new Map<string, ExportedComment[]>();
  for (const c of rows.comments) {
    const key = c.claimId ?? c.linkId ?? c.propositionId;
    if (!key) continue;
    const list = comments.get(key) ?? [];
    list.push({
      id: c.id,
      kind: c.kind,
      body: c.body,
      ...(({ name, email }) => ({ author: name, authorEmail: email }))(authorOf(c.author, c.importedAuthor)),
      createdAt: c.createdAt.toISOString(),
      updatedAt: c.updatedAt.toISOString(),
    });
    comments.set(key, list);
  }
  const revisionNumber = new Map(rows.revisions.map((r) => [r.id, r.number]));
  const liveClaimIds = new Set(rows.claims.map((c) => c.id));

  return {
    format: STORY_FORMAT,
    formatVersion: STORY_FORMAT_VERSION,
    exportedAt: context.exportedAt.toISOString(),
    exportedBy: context.exportedBy,
    source: { app: "Claimboard", storyId: rows.story.id, url: `${context.baseUrl}/stories/${rows.story.id}` },
    story: { id: rows.story.id, title: rows.story.title, description: rows.story.description, ...authored(rows.story) },
    articles: rows.articles.map((a) => ({
      id: a.id,
      ...pickArticleFields(a),
      currentRevision: revisionNumber.get(a.currentRevisionId ?? "") ?? 1,
      revisions: rows.revisions
        .filter((r) => r.articleId === a.id)
        .map((r) => {
          const who = authorOf(r.createdBy, r.importedAuthor);
          return { number: r.number, text: r.text, createdBy: who.name, createdByEmail: who.email, createdAt: r.createdAt.toISOString() };
        }),
      claims: rows.claims
        .filter((c) => c.articleId === a.id)
        .map((c) => ({
          id: c.id,
          revision: revisionNumber.get(c.revisionId)!,
          selector: { exact: c.exact, prefix: c.prefix, suffix: c.suffix, start: c.start, end: c.end },
          orphaned: c.orphaned,
          ...claimContent(c),
          ...authored(c),
          comments: comments.get(c.id) ?? [],
        })),
      ...authored(a),
    })),
    propositions: rows.propositions.map((p) => {
      const given = p.verdict ? context.verdicts.get(p.id) : undefined;
      return {
        id: p.id,
        statement: p.statement,
        verdict: p.verdict,
        rationale: p.rationale,
        verdictGivenBy: p.verdict ? (given?.by ?? p.createdBy?.name ?? null) : null,
        verdictGivenAt: p.verdict ? (given?.at ?? p.updatedAt).toISOString() : null,
        ...authored(p),
        // Links of deleted claims are not part of the story any more.
        links: rows.links
          .filter((l) => l.propositionId === p.id && liveClaimIds.has(l.claimId))
          .map((l) => ({
            id: l.id,
            claimId: l.claimId,
            stance: l.stance,
            note: l.note,
            status: l.status,
            ...authored(l),
            comments: comments.get(l.id) ?? [],
          })),
        comments: comments.get(p.id) ?? [],
      };
    }),
  };
}

/**
 * Who last gave each proposition its current verdict, from its audit entries (oldest first): the
 * latest entry whose `after` sets a verdict.
 */
export function verdictsFromAudit(entries: { entityId: string; at: Date; after: unknown; actor: { name: string } | null }[]): Map<string, VerdictGiven> {
  const given = new Map<string, VerdictGiven>();
  for (const e of entries) {
    const after = e.after as Record<string, unknown> | null;
    if (after && typeof after === "object" && typeof after.verdict === "string") {
      given.set(e.entityId, { by: e.actor?.name ?? null, at: e.at });
    }
  }
  return given;
}
