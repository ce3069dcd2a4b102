/**
 * What an imported story keeps of where it came from: its authors, and a title that tells the copy
 * from the original.
 */
import type { StoryExport } from "./format";

export interface Attribution {
  /** The account the work is attributed to: the author's own when their email has one here. */
  createdById: string;
  /** The original author as the file names them, when no account here has their email. */
  importedAuthor: string | null;
}

/** How the original author reads when recorded: "Name <email>", or whichever of the two the file has. */
export function originalAuthorLabel(name: string | null, email: string | null | undefined): string | null {
  const n = name?.trim() || null;
  const e = email?.trim().toLowerCase() || null;
  if (n && e) return `${n} <${e}>`;
  return n ?? e;
}

/** Calls `visit` with the name and email of every author the file names (story, articles, revisions, claims, propositions, links, comments). */
function eachAuthor(doc: StoryExport, visit: (name: string | null, email: string | null | undefined) => void): void {
  visit(doc.story.createdBy, doc.story.createdByEmail);
  for (const a of doc.articles) {
    visit(a.createdBy, a.createdByEmail);
    a.revisions.forEach((r) => visit(r.createdBy, r.createdByEmail));
    for (const c of a.claims) {
      visit(c.createdBy, c.createdByEmail);
      c.comments.forEach((k) => visit(k.author, k.authorEmail));
    }
  }
  for (const p of doc.propositions) {
    visit(p.createdBy, p.createdByEmail);
    p.comments.forEach((k) => visit(k.author, k.authorEmail));
    for (const l of p.links) {
      visit(l.createdBy, l.createdByEmail);
      l.comments.forEach((k) => visit(k.author, k.authorEmail));
    }
  }
}

/** Every author email the file names, lower-cased. */
export function authorEmails(doc: StoryExport): string[] {
  const emails = new Set<string>();
  eachAuthor(doc, (_, email) => {
    if (email) emails.add(email.trim().toLowerCase());
  });
  return [...emails];
}

/** Attributes work to its author's account, or to the importer with the original author recorded. */
export function attributor(accounts: Map<string, string>, importerId: string) {
  return (name: string | null, email: string | null | undefined): Attribution => {
    const account = email ? accounts.get(email.trim().toLowerCase()) : undefined;
    if (account) return { createdById: account, importedAuthor: null };
    return { createdById: importerId, importedAuthor: originalAuthorLabel(name, email) };
  };
}

export const MAX_TITLE = 300;

/**
 * The copy's title: the file's, unless a story already has it; then "<title> (imported <day>)",
 * then "(imported <day>, 2)" and on. The original part is shortened to stay within 300 characters.
 */
export function copyTitleCandidates(title: string, day: string, count = 20): string[] {
  const fit = (mark: string) => `${title.slice(0, MAX_TITLE - mark.length).trimEnd()}${mark}`;
  return [title, fit(` (imported ${day})`), ...Array.from({ length: count }, (_, i) => fit(` (imported ${day}, ${i + 2})`))];
}

/** The file's authors whom no account here matches, as they will be recorded (sorted, once each). */
export function authorsWithoutAccount(doc: StoryExport, accounts: Map<string, string>): string[] {
  const names = new Set<string>();
  eachAuthor(doc, (name, email) => {
    if (email && accounts.has(email.trim().toLowerCase())) return;
    const label = originalAuthorLabel(name, email);
    if (label) names.add(label);
  });
  return [...names].sort((x, y) => x.localeCompare(y));
}
