/**
 * The one rule for an id arriving from outside (a path segment, a server action's argument): a
 * non-empty, well-formed string of at most MAX_ID_LENGTH characters. Anything else names nothing and
 * is refused before it reaches the database (docs/limits.md, "path ids").
 */
import { isWellFormed } from "./unicode";

export const MAX_ID_LENGTH = 1000;

export function isIdLike(value: unknown): value is string {
  return typeof value === "string" && value.length > 0 && value.length <= MAX_ID_LENGTH && isWellFormed(value);
}
