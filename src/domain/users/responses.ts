/** Accounts as the API answers them (to admins). */
import { z } from "zod";
import { Id, IsoDateTime } from "@/domain/api-shapes";
import { Role } from "@/domain/vocabulary";

export const AccountSchema = z
  .object({
    id: Id,
    name: z.string(),
    email: z.string().meta({ description: "Lower case; unique." }),
    role: Role,
    disabled: z.boolean().meta({ description: "A disabled account cannot sign in or use its tokens." }),
    version: z.number().int().min(1),
    createdAt: IsoDateTime,
    lastSeenAt: IsoDateTime.nullable().meta({ description: "The last activity of its latest browser session; null if none (and in the answer to a change)." }),
  })
  .meta({ id: "Account", description: "A person's account." });

export const AccountPageSchema = z
  .object({
    items: z.array(AccountSchema),
    nextCursor: z.null().meta({ description: "Always null: every account in one page." }),
  })
  .meta({ id: "AccountPage", description: "Every account, in one page." });
