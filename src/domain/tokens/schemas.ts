import { z } from "zod";

export const CreateTokenInput = z.strictObject({
  email: z.email("must be an email address").max(320),
  password: z.string().min(1, "is required").max(1024),
  name: z.string().trim().min(1).max(100).optional(),
  expiresInDays: z.number().int().min(1).max(3650).optional(),
});
export type CreateTokenInput = z.infer<typeof CreateTokenInput>;

export interface ApiTokenDto {
  id: string;
  name: string;
  lastFour: string;
  createdAt: string;
  lastUsedAt: string | null;
  expiresAt: string | null;
  revokedAt: string | null;
}
