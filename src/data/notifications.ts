/** Data access for notifications: inserted with the change that causes them, read per person. */
import { getDb, type Tx } from "./db";

export interface NotificationInsert {
  userId: string;
  kind: string;
  storyId: string | null;
  entity: string;
  entityId: string;
  actorId: string | null;
  actorName: string;
  title: string;
  note: string;
  link: string;
}

export async function insertNotifications(tx: Tx, rows: NotificationInsert[]): Promise<void> {
  if (rows.length) await tx.notification.createMany({ data: rows });
}

export type NotificationRow = NonNullable<Awaited<ReturnType<typeof findNotification>>>;

export async function findNotification(id: number) {
  const db = await getDb();
  return db.notification.findUnique({ where: { id } });
}

/** A person's notifications, newest first, keyset-paginated on id. */
export async function findNotifications(userId: string, options: { unreadOnly: boolean; limit: number; beforeId?: number }) {
  const db = await getDb();
  return db.notification.findMany({
    where: { userId, ...(options.unreadOnly && { readAt: null }), ...(options.beforeId !== undefined && { id: { lt: options.beforeId } }) },
    orderBy: { id: "desc" },
    take: options.limit + 1,
  });
}

export async function countUnread(userId: string): Promise<number> {
  const db = await getDb();
  return db.notification.count({ where: { userId, readAt: null } });
}

export async function setRead(userId: string, id: number, read: boolean) {
  const db = await getDb();
  const { count } = await db.notification.updateMany({ where: { id, userId }, data: { readAt: read ? new Date() : null } });
  return count === 1 ? db.notification.findUnique({ where: { id } }) : null;
}

export async function setAllRead(userId: string, upTo?: number): Promise<number> {
  const db = await getDb();
  const { count } = await db.notification.updateMany({ where: { userId, readAt: null, ...(upTo !== undefined && { id: { lte: upTo } }) }, data: { readAt: new Date() } });
  return count;
}

/** Who wrote live comments on a target before (a new comment there is a reply to them). */
export async function findThreadAuthors(tx: Tx, target: { claimId?: string; propositionId?: string; linkId?: string }, exceptCommentId: string) {
  const rows = await tx.comment.findMany({
    where: { ...target, deletedAt: null, id: { not: exceptCommentId }, authorId: { not: null } },
    select: { authorId: true },
    distinct: ["authorId"],
  });
  return rows.map((r) => r.authorId!);
}

/** Active people whose names a comment may @mention. */
export async function findMentionableUsers(tx: Tx) {
  return tx.user.findMany({ where: { disabledAt: null }, select: { id: true, name: true } });
}
