/**
 * Cursor pagination (docs/contract/API.md: `?limit=&cursor=` answering `{ items, nextCursor }`). A cursor is the
 * sort key of the last item, base64url-encoded JSON: opaque to clients, checked on the way in.
 */
import { z } from "zod";
import { invalidInput, parseInput } from "./errors";

export const DEFAULT_LIMIT = 50;
export const MAX_LIMIT = 200;

export const PageQuery = z.object({
  limit: z.coerce
    .number({ message: "must be a number" })
    .int("must be a whole number")
    .min(1, "must be at least 1")
    .max(MAX_LIMIT, `must be at most ${MAX_LIMIT}`)
    .default(DEFAULT_LIMIT),
  cursor: z.string().min(1, "must not be empty").max(500, "is too long").optional(),
});
export type PageQuery = z.infer<typeof PageQuery>;

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export function encodeCursor(key: unknown): string {
  return Buffer.from(JSON.stringify(key), "utf8").toString("base64url");
}

export function decodeCursor<S extends z.ZodType>(cursor: string, schema: S): z.infer<S> {
  let raw: unknown;
  try {
    raw = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    throw invalidInput("The cursor is not one this server issued.", [
      { path: "cursor", message: "is malformed; pass back the nextCursor of the previous page" },
    ]);
  }
  return parseInput(schema, raw, "The cursor");
}

/** Turns `limit + 1` fetched rows into a page: the extra row only tells that more exist. */
export function toPage<Row, Item>(rows: Row[], limit: number, keyOf: (row: Row) => unknown, map: (row: Row) => Item): Page<Item> {
  const hasMore = rows.length > limit;
  const pageRows = hasMore ? rows.slice(0, limit) : rows;
  const last = pageRows[pageRows.length - 1];
  return {
    items: pageRows.map(map),
    nextCursor: hasMore && last !== undefined ? encodeCursor(keyOf(last)) : null,
  };
}
