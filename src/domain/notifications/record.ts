/**
 * Writes the notifications a change causes, in its transaction (rules.ts), and tells the people
 * concerned once it commits: on PostgreSQL by a NOTIFY that every instance hears, on SQLite through
 * this process's bus.
 */
import { afterCommit, dbProvider, type Tx } from "@/data/db";
import { insertNotifications } from "@/data/notifications";
import { wakeUser } from "@/domain/events/bus";
import type { StoryEventDto } from "@/domain/events/schemas";
import { notificationsFor } from "./rules";

export const NOTIFICATIONS_CHANNEL = "claimboard_notifications";

export async function recordNotifications(tx: Tx, events: StoryEventDto[]): Promise<void> {
  const rows = await notificationsFor(tx, events);
  if (rows.length === 0) return;
  await insertNotifications(tx, rows);
  const people = [...new Set(rows.map((r) => r.userId))];
  if (dbProvider() === "postgresql") for (const userId of people) await tx.$executeRaw`SELECT pg_notify(${NOTIFICATIONS_CHANNEL}, ${userId})`;
  else afterCommit(tx, () => people.forEach(wakeUser));
}
