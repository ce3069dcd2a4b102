/** Pieces of the lists' filter queries (claims, review queue, activity): values from a URL or a form. */
import { z } from "zod";

/** An id to filter by; an empty field means no filter. */
export const FilterId = z
  .string()
  .trim()
  .max(64)
  .optional()
  .transform((v) => v || undefined);
