/**
 * Who is told about a change (issue 16), decided in the change's transaction from its events:
 * - an assignment: the person assigned;
 * - an approval of a claim or link: its author;
 * - a sent-back note (a `sent_back` comment): the author of the work sent back, with the note;
 * - a re-fetch that changed an article's text: the people assigned to it (or to its story);
 * - a comment: the people who commented on the same claim, proposition or link before (a reply),
 *   and anyone it @mentions (a mention, which wins over a reply).
 * Nobody is told about their own change.
 */
import type { Tx } from "@/data/db";
import { findMentionableUsers, findThreadAuthors, type NotificationInsert } from "@/data/notifications";
import type { CommentDto } from "@/domain/comments/schemas";
import type { StoryEventDto } from "@/domain/events/schemas";
import { mentionedUsers } from "./mentions";

const quote = (s: string, max = 80) => `“${s.length > max ? `${s.slice(0, max - 1)}…` : s}”`;

interface Work {
  authorId: string | null;
  what: string;
  link: string;
}

/** The claim or link a decision or note is about: its author, how to name it, where it is. */
async function workOf(tx: Tx, type: string, id: string): Promise<Work | null> {
  if (type === "claim") {
    const c = await tx.claim.findUnique({ where: { id }, select: { createdById: true, statement: true, storyId: true, articleId: true } });
    return c && { authorId: c.createdById, what: `claim ${quote(c.statement)}`, link: `/stories/${c.storyId}/articles/${c.articleId}#claim-${id}` };
  }
  if (type === "link") {
    const l = await tx.claimLink.findUnique({
      where: { id },
      select: {
        createdById: true,
        storyId: true,
        claim: { select: { id: true, statement: true, articleId: true } },
        proposition: { select: { statement: true } },
      },
    });
    return (
      l && {
        authorId: l.createdById,
        what: `link of ${quote(l.claim.statement, 50)} to ${quote(l.proposition.statement, 50)}`,
        link: `/stories/${l.storyId}/articles/${l.claim.articleId}#claim-${l.claim.id}`,
      }
    );
  }
  if (type === "proposition") {
    const p = await tx.proposition.findUnique({ where: { id }, select: { createdById: true, statement: true, storyId: true } });
    return p && { authorId: p.createdById, what: `proposition ${quote(p.statement)}`, link: `/stories/${p.storyId}/compare` };
  }
  return null;
}

type Comment = Pick<CommentDto, "id" | "targetType" | "targetId" | "kind" | "body">;

/** A comment too long to ride in its event. */
async function loadComment(tx: Tx, id: string): Promise<Comment | null> {
  const c = await tx.comment.findUnique({ where: { id }, select: { id: true, claimId: true, propositionId: true, linkId: true, kind: true, body: true } });
  if (!c) return null;
  const [targetType, targetId] = c.claimId ? ["claim", c.claimId] : c.propositionId ? ["proposition", c.propositionId] : ["link", c.linkId!];
  return { id: c.id, targetType: targetType as Comment["targetType"], targetId, kind: c.kind, body: c.body };
}

type Draft = Omit<NotificationInsert, "actorId" | "actorName" | "storyId" | "entity" | "entityId">;

async function forEvent(tx: Tx, e: StoryEventDto): Promise<Draft[]> {
  if (e.entity === "assignment" && e.action === "created" && e.record) {
    const a = e.record as { userId: string; articleId?: string | null; storyId: string; note?: string | null; due?: string | null };
    const link = a.articleId ? `/stories/${a.storyId}/articles/${a.articleId}` : `/stories/${a.storyId}`;
    const due = a.due ? `, due ${a.due.slice(0, 10)}` : "";
    return [{ userId: a.userId, kind: "assigned", title: `${e.actor} assigned you ${a.articleId ? "an article" : "a story"}${due}`, note: a.note ?? "", link }];
  }
  if (e.entity === "article_text" && e.action === "refetched") {
    const article = await tx.article.findUnique({ where: { id: e.entityId }, select: { title: true, storyId: true } });
    if (!article) return [];
    const assigned = await tx.assignment.findMany({
      where: { storyId: article.storyId, OR: [{ articleId: e.entityId }, { articleId: null }], status: { not: "closed" }, deletedAt: null },
      select: { userId: true },
      distinct: ["userId"],
    });
    const link = `/stories/${article.storyId}/articles/${e.entityId}/changes`;
    return assigned.map((a) => ({
      userId: a.userId,
      kind: "revised",
      title: `The published text of ${quote(article.title)} changed: see what changed in its claims`,
      note: "",
      link,
    }));
  }
  if ((e.entity === "claim" || e.entity === "link") && e.action === "approved") {
    const work = await workOf(tx, e.entity, e.entityId);
    if (!work?.authorId) return [];
    return [{ userId: work.authorId, kind: "approved", title: `${e.actor} approved your ${work.what}`, note: "", link: work.link }];
  }
  if (e.entity === "comment" && e.action === "created") {
    const c = (e.record as Comment | undefined) ?? (await loadComment(tx, e.entityId));
    if (!c) return [];
    const work = await workOf(tx, c.targetType, c.targetId);
    if (!work) return [];
    if (c.kind === "sent_back") {
      return work.authorId
        ? [{ userId: work.authorId, kind: "sent_back", title: `${e.actor} sent back your ${work.what}`, note: c.body, link: work.link }]
        : [];
    }
    const mentioned = new Set(mentionedUsers(c.body, await findMentionableUsers(tx)));
    const replied = await findThreadAuthors(tx, { [`${c.targetType}Id`]: c.targetId }, c.id);
    const drafts: Draft[] = [...mentioned].map((userId) => ({
      userId,
      kind: "mention",
      title: `${e.actor} mentioned you on the ${work.what}`,
      note: c.body,
      link: work.link,
    }));
    for (const userId of replied) {
      if (!mentioned.has(userId)) drafts.push({ userId, kind: "reply", title: `${e.actor} replied on the ${work.what}`, note: c.body, link: work.link });
    }
    return drafts;
  }
  return [];
}

export async function notificationsFor(tx: Tx, events: StoryEventDto[]): Promise<NotificationInsert[]> {
  const rows: NotificationInsert[] = [];
  for (const e of events) {
    for (const d of await forEvent(tx, e)) {
      if (d.userId === e.actorId) continue;
      rows.push({ ...d, storyId: e.storyId, entity: e.entity, entityId: e.entityId, actorId: e.actorId, actorName: e.actor });
    }
  }
  return rows;
}
