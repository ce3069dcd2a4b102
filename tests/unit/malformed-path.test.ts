/** Issue 14: malformed percent-encoding in a path is a 400 (API error shape, or a page), from the proxy. */
import { NextRequest } from "next/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { malformedSegment } from "@/server/http/malformed-path";
import { proxy } from "../../proxy";

afterEach(() => vi.restoreAllMocks());

describe("malformed paths", () => {
  it("finds the segment that does not decode", () => {
    expect(malformedSegment("/api/v1/stories/%FF%FE")).toBe("%FF%FE");
    expect(malformedSegment("/api/v1/stories/%ED%A0%80")).toBe("%ED%A0%80");
    expect(malformedSegment("/stories/abc%")).toBe("abc%");
    expect(malformedSegment("/stories/%C5%BD")).toBeNull();
    expect(malformedSegment("/stories/plain")).toBeNull();
  });

  it("the proxy answers 400 in the error shape for the API, with a request id, and logs it", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const res = proxy(new NextRequest("http://localhost:3000/api/v1/stories/%FF%FE"));
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { code: string; requestId: string } };
    expect(body.error.code).toBe("invalid_input");
    expect(res.headers.get("x-request-id")).toBe(body.error.requestId);
    expect(String(warn.mock.calls[0]?.[0])).toContain(body.error.requestId);
  });

  it("the proxy answers a 400 page for pages, escaping what it shows", async () => {
    vi.spyOn(console, "warn").mockImplementation(() => {});
    const res = proxy(new NextRequest("http://localhost:3000/stories/%3Cb%3E%FF"));
    expect(res.status).toBe(400);
    expect(res.headers.get("content-type")).toMatch(/^text\/html/);
    const html = await res.text();
    expect(html).toContain("Bad request");
    expect(html).not.toContain("<b>");
  });

  it("well-encoded paths pass", () => {
    expect(proxy(new NextRequest("http://localhost:3000/api/v1/stories/%C5%BD")).status).toBe(200);
    expect(proxy(new NextRequest("http://localhost:3000/stories/x")).headers.get("content-security-policy")).toBeTruthy();
  });
});
