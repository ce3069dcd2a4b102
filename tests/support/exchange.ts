/** Helpers for the export and import tests: a demo story with history and comments, raw calls, normalised exports. */
import { getDb } from "@/data/db";
import { reviseArticleText } from "@/domain/articles/service";
import type { Actor } from "@/domain/auth/actor";
import type { StoryExport } from "@/domain/exchange/format";
import { seedDemoStory } from "@/demo/seed";
import { makeUser } from "./factories";

type Handler<P> = (request: Request, ctx: { params: Promise<P> }) => Promise<Response>;

/** Calls a route handler and keeps the body as text (exports are not always JSON). */
export async function callRaw<P>(
  handler: Handler<P>,
  url: string,
  o: { token?: string; params?: P; method?: string; body?: string; contentType?: string } = {},
) {
  const headers: Record<string, string> = {};
  if (o.token) headers.authorization = `Bearer ${o.token}`;
  if (o.contentType) headers["content-type"] = o.contentType;
  const request = new Request(new URL(url, "http://localhost:3000"), { method: o.method ?? (o.body !== undefined ? "POST" : "GET"), headers, body: o.body });
  const response = await handler(request, { params: Promise.resolve((o.params ?? {}) as P) });
  return { status: response.status, headers: response.headers, text: await response.text() };
}

/**
 * The demo story, plus what the demo lacks: a second text revision of one article (one claim
 * orphaned by it), and comments on a claim, a proposition and a link.
 */
export async function seedRichDemoStory() {
  const editor = await makeUser("editor");
  const analyst = await makeUser("analyst");
  const story = await seedDemoStory({ editor: editor.user, analyst: analyst.user });
  const db = await getDb();
  const article = await db.article.findFirstOrThrow({ where: { storyId: story.id, position: 0 }, include: { currentRevision: true } });
  const victim = await db.claim.findFirstOrThrow({ where: { articleId: article.id }, orderBy: { start: "desc" } });
  const text = article.currentRevision!.text;
  const revised = `${text.slice(0, victim.start)}${text.slice(victim.end)}\n\nAn added closing paragraph.`;
  await reviseArticleText(editor.actor as Actor, article.id, { version: article.version, text: revised });
  const claim = await db.claim.findFirstOrThrow({ where: { storyId: story.id, orphaned: false } });
  const proposition = await db.proposition.findFirstOrThrow({ where: { storyId: story.id } });
  const link = await db.claimLink.findFirstOrThrow({ where: { storyId: story.id } });
  await db.comment.createMany({
    data: [
      { storyId: story.id, claimId: claim.id, body: 'Is "perhaps" the cue here?', authorId: analyst.user.id },
      { storyId: story.id, propositionId: proposition.id, kind: "comment", body: "Both outlets agree.", authorId: editor.user.id },
      { storyId: story.id, linkId: link.id, kind: "sent_back", body: "Check the stance, please.", authorId: editor.user.id },
    ],
  });
  return { story, editor, analyst, orphanedClaimId: victim.id };
}

/**
 * An export without what an import replaces (ids, timestamps, authorship, export metadata), with
 * references turned into positions and same-position claims in a stable order: two stories with
 * the same content normalise to the same value.
 */
export function normaliseExport(doc: StoryExport) {
  const claimKey = new Map<string, string>();
  const articles = doc.articles.map((a, i) => {
    const claims = [...a.claims].sort(
      (x, y) => x.selector.start - y.selector.start || x.selector.end - y.selector.end || x.statement.localeCompare(y.statement),
    );
    claims.forEach((c, j) => claimKey.set(c.id, `article ${i} claim ${j}`));
    return {
      title: a.title,
      outlet: a.outlet,
      author: a.author,
      publishedAt: a.publishedAt,
      url: a.url,
      language: a.language,
      currentRevision: a.currentRevision,
      revisions: a.revisions.map((r) => ({ number: r.number, text: r.text })),
      claims: claims.map((c) => ({
        revision: c.revision,
        selector: c.selector,
        orphaned: c.orphaned,
        statement: c.statement,
        sourcing: c.sourcing,
        source: c.source,
        cue: c.cue,
        status: c.status,
        comments: c.comments.map((k) => ({ kind: k.kind, body: k.body })),
      })),
    };
  });
  return {
    format: doc.format,
    formatVersion: doc.formatVersion,
    story: { title: doc.story.title, description: doc.story.description },
    articles,
    propositions: doc.propositions.map((p) => ({
      statement: p.statement,
      verdict: p.verdict,
      rationale: p.rationale,
      comments: p.comments.map((k) => ({ kind: k.kind, body: k.body })),
      links: p.links
        .map((l) => ({
          claim: claimKey.get(l.claimId),
          stance: l.stance,
          note: l.note,
          status: l.status,
          comments: l.comments.map((k) => ({ kind: k.kind, body: k.body })),
        }))
        .sort((x, y) => String(x.claim).localeCompare(String(y.claim))),
    })),
  };
}
