/** Path parameters shared by the operation files. */
import { z } from "zod";

export const idParam = (what: string) =>
  z.object({
    id: z
      .string()
      .min(1)
      .meta({ description: `The ${what}'s id.` }),
  });

/** Refusal texts that recur, worded once. */
export const refuse = {
  viewer: "Viewers can read but not change content.",
  notOwn: "Viewers cannot change content; analysts can change only what they created.",
  stale: "Stale `version`: someone changed it since you read it; `error.details` gives the current version. Nothing was changed.",
} as const;
