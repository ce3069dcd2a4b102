import { z } from "zod";

/** `approvedOnly` as the API takes it: `?approvedOnly=true` (or `false`, the default). */
export const ComparisonQuery = z.object({
  approvedOnly: z
    .enum(["true", "false"], { message: 'must be "true" or "false"' })
    .optional()
    .transform((v) => v === "true"),
});
