/**
 * What the json format's schema cannot say: every reference inside the file resolves, ids are
 * unique, and every claim's selector quotes its revision's text exactly. Each problem is named by
 * its path in the file, so a broken file can be fixed where it breaks.
 */
import type { ErrorDetail } from "@/domain/errors";
import type { StoryExport } from "./format";

const preview = (s: string) => (s.length > 40 ? `${s.slice(0, 37)}…` : s);

export function checkStoryExport(doc: StoryExport): ErrorDetail[] {
  const problems: ErrorDetail[] = [];
  const seen = new Map<string, string>();
  const unique = (id: string, path: string) => {
    const first = seen.get(id);
    if (first) problems.push({ path: `${path}.id`, message: `repeats the id "${id}" of ${first}` });
    else seen.set(id, path);
  };
  const claimIds = new Set<string>();

  doc.articles.forEach((article, a) => {
    const at = `articles.${a}`;
    unique(article.id, at);
    const texts = new Map<number, string>();
    article.revisions.forEach((revision, r) => {
      if (texts.has(revision.number)) problems.push({ path: `${at}.revisions.${r}.number`, message: `repeats revision number ${revision.number}` });
      texts.set(revision.number, revision.text);
    });
    if (!texts.has(article.currentRevision)) {
      problems.push({ path: `${at}.currentRevision`, message: `names revision ${article.currentRevision}, which is not in revisions` });
    }
    article.claims.forEach((claim, c) => {
      const cp = `${at}.claims.${c}`;
      unique(claim.id, cp);
      claimIds.add(claim.id);
      claim.comments.forEach((comment, k) => unique(comment.id, `${cp}.comments.${k}`));
      const text = texts.get(claim.revision);
      if (text === undefined) {
        problems.push({ path: `${cp}.revision`, message: `names revision ${claim.revision}, which the article does not have` });
        return;
      }
      if (!claim.orphaned && claim.revision !== article.currentRevision) {
        problems.push({ path: `${cp}.revision`, message: `must be the current revision (${article.currentRevision}) unless the claim is orphaned` });
      }
      problems.push(...checkSelector(text, claim.selector, `${cp}.selector`));
    });
  });

  doc.propositions.forEach((proposition, p) => {
    const pp = `propositions.${p}`;
    unique(proposition.id, pp);
    proposition.comments.forEach((comment, k) => unique(comment.id, `${pp}.comments.${k}`));
    const linked = new Set<string>();
    proposition.links.forEach((link, l) => {
      const lp = `${pp}.links.${l}`;
      unique(link.id, lp);
      link.comments.forEach((comment, k) => unique(comment.id, `${lp}.comments.${k}`));
      if (!claimIds.has(link.claimId)) problems.push({ path: `${lp}.claimId`, message: `names claim "${link.claimId}", which is not in the file` });
      if (linked.has(link.claimId)) problems.push({ path: `${lp}.claimId`, message: `links claim "${link.claimId}" to this proposition a second time` });
      linked.add(link.claimId);
    });
    if (proposition.verdict === null && proposition.rationale !== "") {
      problems.push({ path: `${pp}.rationale`, message: "is given without a verdict" });
    }
  });
  return problems;
}

function checkSelector(text: string, s: { exact: string; prefix: string; suffix: string; start: number; end: number }, path: string): ErrorDetail[] {
  if (s.end > text.length) return [{ path: `${path}.end`, message: `is past the end of the revision's text (${text.length} characters)` }];
  if (s.start >= s.end) return [{ path: `${path}.end`, message: "must be greater than start" }];
  const slice = text.slice(s.start, s.end);
  if (slice !== s.exact) {
    return [{ path: `${path}.exact`, message: `does not match the revision's text at ${s.start}–${s.end}, which reads "${preview(slice)}"` }];
  }
  const problems: ErrorDetail[] = [];
  if (!text.slice(0, s.start).endsWith(s.prefix)) problems.push({ path: `${path}.prefix`, message: "is not the text just before the quote" });
  if (!text.slice(s.end).startsWith(s.suffix)) problems.push({ path: `${path}.suffix`, message: "is not the text just after the quote" });
  return problems;
}
