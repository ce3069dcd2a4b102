import { z } from "zod";
import { Version } from "@/domain/stories/schemas";
import { Role } from "@/domain/vocabulary";
import type { AccountSchema } from "./responses";

const Name = z.string().trim().min(1, "must not be empty").max(100, "must be at most 100 characters");
/** better-auth's minimum (src/server/auth/auth.ts) and a sane maximum. */
export const Password = z.string().min(8, "must be at least 8 characters").max(128, "must be at most 128 characters");

export const CreateAccountInput = z.strictObject({
  name: Name,
  email: z
    .email("must be an email address")
    .max(320, "is too long")
    .transform((e) => e.toLowerCase()),
  role: Role,
  password: Password,
});

export const UpdateAccountInput = z.strictObject({
  version: Version,
  name: Name.optional(),
  role: Role.optional(),
  disabled: z.boolean("must be true or false").optional(),
});

export const ResetPasswordInput = z.strictObject({ password: Password });

export type AccountDto = z.infer<typeof AccountSchema>;
