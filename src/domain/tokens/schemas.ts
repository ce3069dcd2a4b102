import { z } from "zod";
import type { ApiTokenSchema } from "./responses";

export const CreateTokenInput = z.strictObject({
  email: z.email("must be an email address").max(320),
  password: z.string().min(1, "is required").max(1024),
  name: z.string().trim().min(1).max(100).optional(),
  expiresInDays: z.number().int().min(1).max(3650).optional(),
});
export type CreateTokenInput = z.infer<typeof CreateTokenInput>;

/** A token for the signed-in person (the account page): no password, the session vouches. */
export const IssueTokenInput = z.strictObject({
  name: z.string().trim().min(1, "must not be empty").max(100, "must be at most 100 characters"),
  expiresInDays: z.coerce.number().int("must be a whole number of days").min(1, "must be at least 1 day").max(3650, "must be at most 3650 days").optional(),
});

export type ApiTokenDto = z.infer<typeof ApiTokenSchema>;
