/** Activity (audit entries) as the API answers it. */
import { z } from "zod";
import { Id, IsoDateTime, pageOf, type Same } from "@/domain/api-shapes";
import type { ActivityDto } from "./activity";

const Fields = z.record(z.string(), z.unknown()).nullable();

export const ActivityEntrySchema = z
  .object({
    id: Id,
    at: IsoDateTime,
    actor: z.string().nullable().meta({ description: "The name of who made the change." }),
    actorId: z.string().nullable(),
    action: z.string().meta({ description: 'e.g. "claim.update", "article.revise_text".' }),
    entity: z.string(),
    entityId: Id,
    before: Fields.meta({ description: "The changed fields before the change (null on create)." }),
    after: Fields.meta({ description: "The changed fields after it (null on delete)." }),
    restorableVersion: z.number().int().min(1).optional().meta({ description: "On a delete still in effect: the version to send to the restore endpoint." }),
  })
  .meta({ id: "ActivityEntry" });

export const ActivityPageSchema = pageOf(ActivityEntrySchema, "ActivityPage", "Audit entries, newest first.");

export const activityShapesAgree: [Same<Omit<z.infer<typeof ActivityEntrySchema>, "before" | "after">, Omit<ActivityDto, "before" | "after">>] = [true];
