import { describe, expect, it } from "vitest";
import { safeNext } from "@/features/auth/safe-next";

describe("safeNext (where to go after sign-in; issue 14, finding 4)", () => {
  it("keeps same-site paths with their query and fragment", () => {
    expect(safeNext("/stories/abc")).toBe("/stories/abc");
    expect(safeNext("/stories/abc/claims?status=open#c1")).toBe("/stories/abc/claims?status=open#c1");
    expect(safeNext("/")).toBe("/");
  });
  it.each([
    "/\\evil.example/x",
    "/%5Cevil.example/x",
    "/\t/evil.example",
    "/%09/evil.example",
    "/\\/evil.example",
    "//evil.example",
    "/\n/evil.example",
    "https://evil.example/",
    "javascript:alert(1)",
    "evil.example",
    "",
  ])("refuses %j", (next) => {
    const out = safeNext(decodeURIComponent(next));
    expect(out.startsWith("/")).toBe(true);
    expect(new URL(out, "http://site.test").origin).toBe("http://site.test");
    expect(out).not.toMatch(/evil/);
  });
  it("refuses what is not a string", () => {
    expect(safeNext(undefined)).toBe("/");
    expect(safeNext(42)).toBe("/");
  });
});
