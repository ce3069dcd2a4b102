import { describe, expect, it } from "vitest";
import { POST as createStory } from "../../app/api/v1/stories/route";
import { GET as listStories } from "../../app/api/v1/stories/route";
import { call, tokenFor } from "../support/api";

describe("cross-site request forgery", () => {
  it("refuses cookie-style writes from another origin, before anything else", async () => {
    const forged: Record<string, string>[] = [{ origin: "https://evil.example" }, { origin: "null" }, { "sec-fetch-site": "cross-site" }];
    for (const headers of forged) {
      const res = await call(createStory, "/api/v1/stories", { headers, body: { title: "Forged" } });
      expect(res.status, JSON.stringify(headers)).toBe(403);
      expect(res.body!.error.message).toMatch(/Cross-site requests cannot change data/);
    }
  });

  it("lets same-origin writes, reads and bearer-token clients through to authentication", async () => {
    const sameOrigin = await call(createStory, "/api/v1/stories", { headers: { origin: "http://localhost:3000" }, body: { title: "Mine" } });
    expect(sameOrigin.status).toBe(401);
    const read = await call(listStories, "/api/v1/stories", { headers: { origin: "https://elsewhere.example" } });
    expect(read.status).toBe(401);
    const { token } = await tokenFor("editor");
    const scripted = await call(createStory, "/api/v1/stories", { token, headers: { origin: "https://elsewhere.example" }, body: { title: "Scripted" } });
    expect(scripted.status).toBe(201);
  });
});
