import { updateAssignment } from "@/domain/assignments/service";
import { json } from "@/server/http/respond";
import { authedRoute } from "@/server/http/route";

/** `{ version, status?: "submitted", due?, note? }`: the assignee submits; editors change due and note. */
export const PATCH = authedRoute<{ id: string }>(async ({ actor, params, body }) => json(await updateAssignment(actor, params.id, await body())));
