/**
 * What changed in an article between one of its revisions and the current text: each claim that
 * existed then, classified (classify.ts), and the text diff.
 *
 * Where a claim's words were at `since` comes from the re-anchoring trail: every re-anchor or
 * orphaning is audited with the claim's span before it, and a claim that no revision moved still
 * has the span it had (docs/decisions/0023-revision-watch.md). So nothing new is stored per claim
 * and per revision, and the answer holds for revisions made before this view existed.
 */
import DiffMatchPatch from "diff-match-patch";
import { findAllArticleClaims } from "@/data/claims";
import { findReanchorEntries, findRevisionList, findRevisionWithText } from "@/data/revisions";
import type { Actor } from "@/domain/auth/actor";
import { notFound, parseInput } from "@/domain/errors";
import { requireArticle } from "@/domain/articles/service";
import { classifyClaimChange, type Span } from "./classify";
import { type ArticleChanges, ChangesQuery, type ClaimChange } from "./schemas";

const DIFF_TIMEOUT_SECONDS = 0.5;

export async function getArticleChanges(actor: Actor, articleId: string, query: unknown): Promise<ArticleChanges> {
  const { since } = parseInput(ChangesQuery, query, "The query");
  const article = await requireArticle(actor, articleId);
  const current = article.currentRevision;
  if (!current) throw notFound(`Article ${articleId}`);
  const revisions = await findRevisionList(articleId);
  const sinceId = since ?? revisions.find((r) => r.number === current.number - 1)?.id ?? current.id;
  const old = await findRevisionWithText(articleId, sinceId);
  if (!old) throw notFound(`Revision ${sinceId} of this article`);
  return {
    articleId,
    since: ref(old),
    current: ref(current),
    revisions: revisions.map(ref),
    claims: await claimChanges(articleId, old, current, revisions),
    diff: textDiff(old.text, current.text),
  };
}

const ref = (r: { id: string; number: number; createdAt: Date }) => ({ revisionId: r.id, number: r.number, createdAt: r.createdAt.toISOString() });

interface TrailSpan extends Span {
  revisionId: string;
}

async function claimChanges(
  articleId: string,
  old: { id: string; number: number; text: string },
  current: { id: string; number: number; text: string },
  revisions: { id: string; number: number }[],
): Promise<ClaimChange[]> {
  const numberOf = new Map(revisions.map((r) => [r.id, r.number]));
  const claims = await findAllArticleClaims(articleId);
  const entries = new Map<string, unknown[]>();
  for (const entry of await findReanchorEntries(claims.map((c) => c.id))) entries.set(entry.entityId, [...(entries.get(entry.entityId) ?? []), entry.before]);
  const changes: ClaimChange[] = [];
  for (const claim of claims) {
    const now: TrailSpan = { revisionId: claim.revisionId, start: claim.start, end: claim.end, exact: claim.exact };
    const spans = spansBefore(now, entries.get(claim.id) ?? []);
    // The claim's first revision: where the trail starts, or where it still is.
    const first = numberOf.get((spans[0] ?? now).revisionId) ?? 0;
    if (first > old.number) continue; // recorded on a later revision: nothing to compare
    // Its span at `since`: the span before the first re-anchor at or after `since`, or its span now.
    const before = spans.find((s) => (numberOf.get(s.revisionId) ?? 0) >= old.number) ?? now;
    const after = claim.orphaned ? null : { ...now, revisionId: current.id };
    const unchangedRevision = old.id === current.id;
    const change =
      unchangedRevision && !claim.orphaned
        ? { kind: "unchanged" as const, hedges: none, attribution: none }
        : classifyClaimChange(old.text, current.text, before, after);
    changes.push({
      claimId: claim.id,
      statement: claim.statement,
      kind: change.kind,
      before: { ...before, revisionId: old.id },
      after,
      hedges: change.hedges,
      attribution: change.attribution,
    });
  }
  return changes;
}

const none = { gained: [], lost: [] };

/**
 * The claim's span before each re-anchor, oldest first. An audit entry keeps only the fields that
 * changed, so the trail is walked back from the claim as it is now: a field the entry does not name
 * was the same before it as after it.
 */
function spansBefore(now: TrailSpan, befores: unknown[]): TrailSpan[] {
  const spans: TrailSpan[] = [];
  let state = now;
  for (let i = befores.length - 1; i >= 0; i--) {
    const b = (typeof befores[i] === "object" && befores[i] !== null ? befores[i] : {}) as Partial<TrailSpan>;
    state = {
      revisionId: typeof b.revisionId === "string" ? b.revisionId : state.revisionId,
      start: typeof b.start === "number" ? b.start : state.start,
      end: typeof b.end === "number" ? b.end : state.end,
      exact: typeof b.exact === "string" ? b.exact : state.exact,
    };
    spans.unshift(state);
  }
  return spans;
}

/**
 * A word-level diff (runs of whole words, spaces and punctuation), which reads better than
 * characters: "Friday" → "Sunday", not "Fri" → "Sun". Each distinct token is coded as one
 * character for diff-match-patch, as its line mode does with lines.
 */
function textDiff(before: string, after: string): ArticleChanges["diff"] {
  const tokens: string[] = [];
  const codes = new Map<string, string>();
  const encode = (text: string) =>
    (text.match(/[\p{L}\p{N}]+|\s+|[^\p{L}\p{N}\s]/gu) ?? [])
      .map((token) => {
        let code = codes.get(token);
        if (code === undefined) {
          // Past the BMP's 63,000-odd codes a text this varied is diffed by characters instead.
          code = String.fromCharCode(tokens.length + 1);
          codes.set(token, code);
          tokens.push(token);
        }
        return code;
      })
      .join("");
  const dmp = new DiffMatchPatch();
  dmp.Diff_Timeout = DIFF_TIMEOUT_SECONDS;
  const a = encode(before);
  const b = encode(after);
  const byWord = tokens.length < 55_000;
  const diff = byWord ? dmp.diff_main(a, b, false) : dmp.diff_main(before, after);
  // Cleaned up while still coded: on characters, its merge would split words again ("Fri|Sun" + "day").
  dmp.diff_cleanupSemantic(diff);
  if (byWord) for (const d of diff) d[1] = Array.from(d[1], (c) => tokens[c.charCodeAt(0) - 1]!).join("");
  return diff.map(([op, text]) => ({ op: op === 0 ? ("equal" as const) : op > 0 ? ("insert" as const) : ("delete" as const), text }));
}
