/**
 * Issue 14: a path whose percent-encoding does not decode answered 500 as text/plain, with no
 * request id, before any of our code ran. Against the real server: 400 in the API's error shape,
 * and a 400 page for pages, each with a request id; well-encoded paths still route.
 */
import { expect, test } from "@playwright/test";

const MALFORMED = ["%FF%FE", "%ED%A0%80", "%C3%28", "%", "%E2%82", "ok%zz"];

test.describe("malformed percent-encoding in the path", () => {
  for (const segment of MALFORMED) {
    test(`API /api/v1/stories/${segment}: 400 in the error shape`, async ({ request }) => {
      const res = await request.get(`/api/v1/stories/${segment}`);
      expect(res.status()).toBe(400);
      expect(res.headers()["content-type"]).toMatch(/^application\/json/);
      const body = (await res.json()) as { error: { code: string; message: string; requestId: string; details: { path: string }[] } };
      expect(body.error).toMatchObject({ code: "invalid_input", details: [{ path: "(path)" }] });
      expect(body.error.requestId).toBe(res.headers()["x-request-id"]);
    });

    test(`page /stories/${segment}: a 400 page`, async ({ request }) => {
      const res = await request.get(`/stories/${segment}`);
      expect(res.status()).toBe(400);
      expect(res.headers()["content-type"]).toMatch(/^text\/html/);
      expect(res.headers()["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
      expect(await res.text()).toContain("Bad request");
    });
  }

  test("well-encoded paths still route (401 or 404, never 400)", async ({ request }) => {
    expect((await request.get("/api/v1/stories/%C5%BD-no-such-story")).status()).toBe(401);
    expect([200, 307, 404]).toContain((await request.get("/stories/%C5%BD-no-such-story", { maxRedirects: 0 })).status());
  });
});
