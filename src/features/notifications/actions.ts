"use server";

import { revalidatePath } from "next/cache";
import { markAllNotificationsRead, markNotification } from "@/domain/notifications/service";
import type { NotificationDto } from "@/domain/notifications/schemas";
import { type ActionResult, runAction } from "@/server/actions/run-action";

export async function markNotificationAction(id: string, read: boolean): Promise<ActionResult<NotificationDto>> {
  const result = await runAction((actor) => markNotification(actor, id, { read }), { ids: { id } });
  if (result.ok) revalidatePath("/notifications");
  return result;
}

/** Marks read what the page showed: `{ upTo: <newest id shown> }`. */
export async function markAllNotificationsReadAction(input: { upTo: number }): Promise<ActionResult<{ marked: number; unread: number }>> {
  // From the page the newest id shown is required (undefined would mean "all", the API's default).
  const result = await runAction((actor) => markAllNotificationsRead(actor, input ?? {}));
  if (result.ok) revalidatePath("/notifications");
  return result;
}
