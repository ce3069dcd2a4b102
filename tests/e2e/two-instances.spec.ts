/**
 * Optimistic concurrency across application instances: two production servers share one
 * PostgreSQL database, twenty edits of one claim with the same version are spread over both, and
 * exactly one wins; the other nineteen get 409 and change nothing.
 */
import { expect, test } from "@playwright/test";
import { startThrowawayPostgres, type ThrowawayPostgres } from "../../scripts/lib/throwaway-postgres";
import { type Instance, startInstance } from "./support/instances";

test.describe.configure({ mode: "serial" });

let pg: ThrowawayPostgres;
const instances: Instance[] = [];

test.beforeAll(async () => {
  test.setTimeout(240_000);
  const base = 56_000 + Math.floor(Math.random() * 900);
  pg = startThrowawayPostgres(base, "pg-two-instances");
  const env = { DATABASE_URL: pg.url, BETTER_AUTH_SECRET: "two-instances-secret-0123456789abcdef", DATA_DIR: "tmp/two-instances" };
  // One after the other: the first applies the migrations and loads the demo accounts.
  instances.push(await startInstance(base + 1000, env));
  instances.push(await startInstance(base + 1001, env));
});

test.afterAll(async () => {
  await Promise.all(instances.map((i) => i.stop()));
  pg?.stop();
});

test("twenty concurrent edits over two instances: one succeeds, nineteen get 409", async ({ playwright }) => {
  const [a, b] = instances as [Instance, Instance];
  const anon = await playwright.request.newContext();
  const tokenRes = await anon.post(`${a.baseUrl}/api/v1/tokens`, {
    data: { email: "editor@claimboard.local", password: process.env.DEMO_PASSWORD ?? "claimboard-demo" },
  });
  expect(tokenRes.status()).toBe(201);
  const headers = { authorization: `Bearer ${(await tokenRes.json()).token}` };

  const story = await (await anon.post(`${a.baseUrl}/api/v1/stories`, { headers, data: { title: "Two instances" } })).json();
  const article = await (
    await anon.post(`${a.baseUrl}/api/v1/stories/${story.id}/articles`, { headers, data: { title: "A", text: "The port reopened on Friday." } })
  ).json();
  const claim = await (
    await anon.post(`${b.baseUrl}/api/v1/articles/${article.id}/claims`, {
      headers,
      data: { exact: "The port reopened on Friday.", statement: "Reopened", sourcing: "confirmed" },
    })
  ).json();

  const results = await Promise.all(
    Array.from({ length: 20 }, (_, i) =>
      anon
        .patch(`${(i % 2 ? b : a).baseUrl}/api/v1/claims/${claim.id}`, { headers, data: { version: 1, statement: `Edit ${i}` } })
        .then(async (r) => ({ i, status: r.status(), body: await r.json() })),
    ),
  );
  const won = results.filter((r) => r.status === 200);
  const refused = results.filter((r) => r.status === 409);
  expect(won).toHaveLength(1);
  expect(refused).toHaveLength(19);
  // Both instances refused some: the edits really were spread over two servers.
  expect(new Set(refused.map((r) => r.i % 2)).size).toBe(2);
  expect(refused.every((r) => r.body.error.code === "conflict" && r.body.error.current?.version === 2)).toBe(true);

  const final = await (await anon.get(`${b.baseUrl}/api/v1/claims/${claim.id}`, { headers })).json();
  expect(final).toMatchObject({ version: 2, statement: `Edit ${won[0]!.i}` });
  const updates = await (await anon.get(`${a.baseUrl}/api/v1/stories/${story.id}/activity?action=claim.update`, { headers })).json();
  expect(updates.items).toHaveLength(1);
  await anon.dispose();
});

test("a reader on one instance sees claims recorded on the other live, and catches up after its server restarts", async ({ playwright, browser }) => {
  test.setTimeout(240_000);
  const [a, b] = instances as [Instance, Instance];
  const api = await playwright.request.newContext();
  const token = await api.post(`${b.baseUrl}/api/v1/tokens`, {
    data: { email: "editor@claimboard.local", password: process.env.DEMO_PASSWORD ?? "claimboard-demo" },
  });
  const headers = { authorization: `Bearer ${(await token.json()).token}` };
  const story = await (await api.post(`${b.baseUrl}/api/v1/stories`, { headers, data: { title: "Live across instances" } })).json();
  const text = "The port reopened on Friday. Ships were waiting. Officials expect delays until Monday.";
  const article = await (await api.post(`${b.baseUrl}/api/v1/stories/${story.id}/articles`, { headers, data: { title: "Port", text } })).json();
  const record = (exact: string, statement: string) =>
    api.post(`${b.baseUrl}/api/v1/articles/${article.id}/claims`, { headers, data: { exact, statement, sourcing: "confirmed" } });

  // The analyst reads the article on instance A.
  const context = await browser.newContext({ baseURL: a.baseUrl });
  const page = await context.newPage();
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill("analyst@claimboard.local");
  await page.getByLabel("Password").fill(process.env.DEMO_PASSWORD ?? "claimboard-demo");
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
  await page.goto(`/stories/${story.id}/articles/${article.id}`);
  await expect(page.locator(".presence-status")).toHaveText("Live");

  // A claim recorded through instance B appears on A within a second of B's answer.
  expect((await record("The port reopened on Friday.", "Reopened on Friday")).status()).toBe(201);
  const acked = Date.now();
  await expect(page.locator(".reader-side .claim-statement", { hasText: "Reopened on Friday" })).toBeVisible({ timeout: 1_000 });
  expect(Date.now() - acked).toBeLessThan(1_000);

  // Instance A goes down; a claim is recorded on B meanwhile; A comes back and the reader catches up.
  const port = Number(new URL(a.baseUrl).port);
  await a.stop();
  await expect(page.locator(".presence-status")).not.toHaveText("Live");
  expect((await record("Ships were waiting.", "Ships waited")).status()).toBe(201);
  const env = { DATABASE_URL: pg.url, BETTER_AUTH_SECRET: "two-instances-secret-0123456789abcdef", DATA_DIR: "tmp/two-instances" };
  instances[0] = await startInstance(port, env);
  await expect(page.locator(".reader-side .claim-statement", { hasText: "Ships waited" })).toBeVisible({ timeout: 30_000 });
  await expect(page.locator(".presence-status")).toHaveText("Live");
  await context.close();
  await api.dispose();
});
