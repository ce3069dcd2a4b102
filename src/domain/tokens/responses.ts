/** API tokens as the API answers them (never the token value, except once on creation). */
import { z } from "zod";
import { Id, IsoDateTime, pageOf } from "@/domain/api-shapes";

export const ApiTokenSchema = z
  .object({
    id: Id,
    name: z.string(),
    lastFour: z.string().meta({ description: "The token's last four characters, to tell tokens apart." }),
    createdAt: IsoDateTime,
    lastUsedAt: IsoDateTime.nullable(),
    expiresAt: IsoDateTime.nullable(),
    revokedAt: IsoDateTime.nullable(),
  })
  .meta({ id: "ApiToken" });

export const CreatedTokenSchema = ApiTokenSchema.extend({
  token: z.string().meta({ description: "Send as `Authorization: Bearer <token>`. Shown only this once." }),
}).meta({ id: "CreatedToken" });

export const ApiTokenPageSchema = pageOf(ApiTokenSchema, "ApiTokenPage", "The caller's tokens, in one page.");
