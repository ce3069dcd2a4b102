import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD } from "./fixtures";

test("an analyst scripts against the API with a token", async ({ request }) => {
  const denied = await request.get("/api/v1/stories");
  expect(denied.status()).toBe(401);

  const created = await request.post("/api/v1/tokens", { data: { email: "analyst@claimboard.local", password: DEMO_PASSWORD } });
  expect(created.status()).toBe(201);
  const { token } = await created.json();
  const headers = { authorization: `Bearer ${token}` };

  const stories = await (await request.get("/api/v1/stories", { headers })).json();
  const story = stories.items.find((s: { title: string }) => s.title === "Russian espionage affair in Serbia (2019–2020)");
  expect(story).toMatchObject({ articleCount: 2, claimCount: 32 });
  const detail = await (await request.get(`/api/v1/stories/${story.id}`, { headers })).json();
  const claims = await (await request.get(`/api/v1/articles/${detail.articles[0].id}/claims?limit=5`, { headers })).json();
  expect(claims.items).toHaveLength(5);
  expect(claims.nextCursor).toEqual(expect.any(String));
});
