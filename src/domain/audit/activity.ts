/** A story's activity: who changed what and when, with before and after, and what can be restored. */
import { findDeletedIds, findStoryActivity, findStoryActors } from "@/data/audit";
import type { Actor } from "@/domain/auth/actor";
import { parseInput } from "@/domain/errors";
import { decodeCursor, type Page, toPage } from "@/domain/pagination";
import { requireStory } from "@/domain/stories/service";
import { z } from "zod";
import { FilterId } from "@/domain/filters";
import { hiddenWork } from "@/domain/assignments/visibility";

export const ActivityQuery = z.object({
  limit: z.coerce.number().int("must be a whole number").min(1, "must be at least 1").max(200, "must be at most 200").default(50),
  cursor: z.string().max(500).optional(),
  actor: FilterId,
  action: FilterId,
  from: z.iso
    .date("must be a date such as 2026-11-22")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  to: z.iso
    .date("must be a date such as 2026-11-22")
    .optional()
    .or(z.literal("").transform(() => undefined)),
});

const ActivityCursor = z.object({ at: z.iso.datetime(), id: z.string().min(1).max(64) });

export interface ActivityDto {
  id: string;
  at: string;
  actor: string | null;
  actorId: string | null;
  action: string;
  entity: string;
  entityId: string;
  before: unknown;
  after: unknown;
  /** Present on a delete whose entity is still deleted: the version to send to restore it. */
  restorableVersion?: number;
}

export async function listActivity(actor: Actor, storyId: string, query: unknown): Promise<Page<ActivityDto> & { actors: { id: string; name: string }[] }> {
  const q = parseInput(ActivityQuery, query, "The query");
  await requireStory(actor, storyId);
  const after = q.cursor ? decodeCursor(q.cursor, ActivityCursor) : undefined;
  const rows = await findStoryActivity(
    storyId,
    {
      actorId: q.actor,
      action: q.action,
      from: q.from ? new Date(`${q.from}T00:00:00Z`) : undefined,
      to: q.to ? new Date(`${q.to}T23:59:59.999Z`) : undefined,
    },
    q.limit,
    after && { at: new Date(after.at), id: after.id },
  );
  const deletes = rows.filter((r) => r.action.endsWith(".delete"));
  const deleted = await findDeletedIds({
    claim: deletes.filter((r) => r.entity === "claim").map((r) => r.entityId),
    proposition: deletes.filter((r) => r.entity === "proposition").map((r) => r.entityId),
    link: deletes.filter((r) => r.entity === "link").map((r) => r.entityId),
  });
  const page = toPage(
    rows,
    q.limit,
    (r) => ({ at: r.at.toISOString(), id: r.id }),
    (r): ActivityDto => ({
      id: r.id,
      at: r.at.toISOString(),
      actor: r.actor?.name ?? null,
      actorId: r.actorId,
      action: r.action,
      entity: r.entity,
      entityId: r.entityId,
      before: r.before,
      after: r.after,
      ...(r.action.endsWith(".delete") && deleted.has(r.entityId) && { restorableVersion: deleted.get(r.entityId)! }),
    }),
  );
  // During an independent round the trail of work the asker may not read is left out too (pages keep their cursors).
  const { claimIds, linkIds, any } = await hiddenWork(actor, storyId);
  const hides = (e: ActivityDto) => {
    if (e.entity === "claim") return claimIds.has(e.entityId);
    if (e.entity === "link") return linkIds.has(e.entityId);
    if (e.entity !== "comment") return false;
    const on = (e.after ?? e.before ?? {}) as { claimId?: string | null; linkId?: string | null };
    return (!!on.claimId && claimIds.has(on.claimId)) || (!!on.linkId && linkIds.has(on.linkId));
  };
  return { ...page, items: any ? page.items.filter((e) => !hides(e)) : page.items, actors: await findStoryActors(storyId) };
}
