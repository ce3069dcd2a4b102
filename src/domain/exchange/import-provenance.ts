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

/** Every author email the file names, lower-cased. */
export function authorEmails(doc: StoryExport): string[] {
  const emails = new Set<string>();
  const add = (e: string | null | undefined) => e && emails.add(e.trim().toLowerCase());
  add(doc.story.createdByEmail);
  for (const a of doc.articles) {
    add(a.createdByEmail);
    a.revisions.forEach((r) => add(r.createdByEmail));
    for (const c of a.claims) {
      add(c.createdByEmail);
      c.comments.forEach((k) => add(k.authorEmail));
    }
  }
  for (const p of doc.propositions) {
    add(p.createdByEmail);
    p.comments.forEach((k) => add(k.authorEmail));
    for (const l of p.links) {
      add(l.createdByEmail);
      l.comments.forEach((k) => add(k.authorEmail));
    }
  }
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
