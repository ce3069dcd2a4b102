import { describe, expect, it } from "vitest";
import { z } from "zod";
import { DomainError } from "@/domain/errors";
import { decodeCursor, encodeCursor, PageQuery, toPage } from "@/domain/pagination";

describe("pagination", () => {
  it("round-trips a cursor and checks its shape", () => {
    const schema = z.object({ s: z.number(), id: z.string() });
    expect(decodeCursor(encodeCursor({ s: 3, id: "x" }), schema)).toEqual({ s: 3, id: "x" });
    expect(() => decodeCursor("not-json!", schema)).toThrow(DomainError);
    expect(() => decodeCursor(encodeCursor({ s: "3" }), schema)).toThrow(/cursor/i);
  });

  it("uses the extra row only to tell that more exist", () => {
    const rows = [1, 2, 3];
    expect(
      toPage(
        rows,
        2,
        (r) => r,
        (r) => r * 10,
      ),
    ).toEqual({ items: [10, 20], nextCursor: encodeCursor(2) });
    expect(
      toPage(
        rows,
        3,
        (r) => r,
        (r) => r,
      ),
    ).toEqual({ items: [1, 2, 3], nextCursor: null });
  });

  it("validates limit", () => {
    expect(PageQuery.parse({})).toEqual({ limit: 50 });
    expect(PageQuery.parse({ limit: "5" })).toEqual({ limit: 5 });
    expect(PageQuery.safeParse({ limit: "0" }).success).toBe(false);
    expect(PageQuery.safeParse({ limit: "1000" }).success).toBe(false);
    expect(PageQuery.safeParse({ limit: "abc" }).success).toBe(false);
  });
});
