import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as events } from "@/../app/api/v1/stories/[id]/events/route";
import { dbProvider } from "@/data/db";
import type { ClaimDto } from "@/domain/claims/schemas";
import { createClaim, deleteClaim, updateClaim } from "@/domain/claims/service";
import { feedStats } from "@/server/events/story-feeds";
import { createAssignment } from "@/domain/assignments/service";
import { getStory, updateStory } from "@/domain/stories/service";
import { type AppInstance, startAppInstance } from "../support/app-instances";
import { call, tokenFor } from "../support/api";
import { makeStoryWithArticle } from "../support/factories";
import { readSse, type SseReader } from "../support/sse";

async function open(
  storyId: string,
  token: string,
  opts: { lastEventId?: string; article?: string } = {},
): Promise<SseReader & { status: number; type: string | null }> {
  const abort = new AbortController();
  const url = new URL(`http://localhost:3000/api/v1/stories/${storyId}/events`);
  if (opts.article) url.searchParams.set("article", opts.article);
  const headers: Record<string, string> = { authorization: `Bearer ${token}` };
  if (opts.lastEventId) headers["last-event-id"] = opts.lastEventId;
  const response = await events(new Request(url, { headers, signal: abort.signal }), { params: Promise.resolve({ id: storyId }) });
  const reader = readSse(response, abort);
  return Object.assign(reader, { status: response.status, type: response.headers.get("content-type") });
}

const change = (entity: string, action: string, entityId?: string) => (m: { event: string; data: string }) => {
  if (m.event !== "message") return false;
  const e = JSON.parse(m.data) as { entity: string; action: string; entityId: string };
  return e.entity === entity && e.action === action && (entityId === undefined || e.entityId === entityId);
};

const settle = () => new Promise((r) => setTimeout(r, 150));

describe("GET /api/v1/stories/:id/events", () => {
  it("streams every audited change of the story, with the record and the changed fields", async () => {
    const { actor, story, article } = await makeStoryWithArticle();
    const { token } = await tokenFor("viewer");
    const stream = await open(story.id, token);
    expect(stream.status).toBe(200);
    expect(stream.type).toMatch(/^text\/event-stream/);
    await settle();

    const claim = await createClaim(actor, article.id, {
      exact: "Alpha said the bridge was closed.",
      statement: "Closed",
      sourcing: "attributed",
      source: "Alpha",
    });
    const created = JSON.parse((await stream.next(change("claim", "created", claim.id))).data);
    expect(created).toMatchObject({ storyId: story.id, actor: actor.name, actorId: actor.userId, entity: "claim", entityId: claim.id, version: 1 });
    expect(created.record).toMatchObject({ id: claim.id, statement: "Closed", sourcing: "attributed" });
    expect(typeof created.id).toBe("number");

    const updated = await updateClaim(actor, claim.id, { version: claim.version, statement: "The bridge was closed" });
    const u = JSON.parse((await stream.next(change("claim", "updated", claim.id))).data);
    expect(u).toMatchObject({ version: updated.version, changed: ["statement"] });
    expect(u.record.statement).toBe("The bridge was closed");
    expect(u.id).toBeGreaterThan(created.id);

    await deleteClaim(actor, claim.id, { version: updated.version });
    const d = JSON.parse((await stream.next(change("claim", "deleted", claim.id))).data);
    expect(d.record).toBeUndefined();
    stream.close();
  });

  it("sends nothing for a change that did not happen (a stale version is refused and rolled back)", async () => {
    const { actor, story, article } = await makeStoryWithArticle();
    const { token } = await tokenFor("analyst");
    const claim = await createClaim(actor, article.id, { exact: "Beta might reopen it.", statement: "Reopen", sourcing: "speculative" });
    const stream = await open(story.id, token);
    await settle();
    await expect(updateClaim(actor, claim.id, { version: claim.version + 5, statement: "Stale" })).rejects.toThrow();
    await updateClaim(actor, claim.id, { version: claim.version, statement: "Fresh" });
    const next = JSON.parse((await stream.next((m) => m.event === "message")).data);
    expect(next.record.statement).toBe("Fresh");
    stream.close();
  });

  it("replays every missed event after Last-Event-ID, in order, and only those", async () => {
    const { actor, story, article } = await makeStoryWithArticle();
    const { token } = await tokenFor("analyst");
    const first = await open(story.id, token);
    await settle();
    const claim = await createClaim(actor, article.id, { exact: "Beta might reopen it.", statement: "Reopen", sourcing: "speculative" });
    const seen = await first.next(change("claim", "created"));
    first.close();

    let c: ClaimDto = claim;
    for (const statement of ["One", "Two", "Three"]) c = await updateClaim(actor, claim.id, { version: c.version, statement });
    const again = await open(story.id, token, { lastEventId: seen.id });
    const change_ = (m: { event: string }) => m.event === "message";
    const replayed = [await again.next(change_), await again.next(change_), await again.next(change_)].map((m) => JSON.parse(m.data));
    expect(replayed.map((e) => e.record.statement)).toEqual(["One", "Two", "Three"]);
    expect(replayed.map((e) => e.id)).toEqual([...replayed.map((e) => e.id)].sort((a, b) => a - b));
    expect(Number(replayed[0].id)).toBeGreaterThan(Number(seen.id));
    again.close();
  });

  it("shows who is on the story and on which article, and forgets whoever leaves", async () => {
    const { story, article } = await makeStoryWithArticle();
    const editor = await tokenFor("editor");
    const analyst = await tokenFor("analyst");
    const a = await open(story.id, editor.token);
    const viewers = (m: { event: string; data: string }) =>
      m.event === "presence" ? (JSON.parse(m.data).viewers as Array<{ userId: string; articleId: string | null; role: string }>) : [];
    await a.next((m) => viewers(m).some((v) => v.userId === editor.user.id));
    const b = await open(story.id, analyst.token, { article: article.id });
    const both = viewers(await a.next((m) => viewers(m).length === 2));
    expect(both).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ userId: editor.user.id, role: "editor", articleId: null }),
        expect.objectContaining({ userId: analyst.user.id, role: "analyst", articleId: article.id, name: analyst.user.name }),
      ]),
    );
    b.close();
    await a.next((m) => m.event === "presence" && viewers(m).length === 1);
    a.close();
    await settle();
    expect((await feedStats()).subscribers).toBe(0);
  });

  it("refuses what names nothing, and anyone not signed in", async () => {
    const { story } = await makeStoryWithArticle();
    const other = await makeStoryWithArticle();
    const { token } = await tokenFor("viewer");
    const get = (id: string, query = "", headers: Record<string, string> = { authorization: `Bearer ${token}` }) =>
      call(events, `/api/v1/stories/${id}/events${query}`, { headers, params: { id } });
    expect((await get(story.id, "", {})).status).toBe(401);
    expect((await get("no-such-story")).status).toBe(404);
    expect((await get(story.id, "", { authorization: `Bearer ${token}`, "last-event-id": "yesterday" })).body).toMatchObject({
      error: { code: "invalid_input", details: [expect.objectContaining({ path: "lastEventId" })] },
    });
    expect((await get(story.id, `?article=${other.article.id}`)).status).toBe(404);
  });
});

describe.runIf(dbProvider() === "postgresql")("events across two app instances on one PostgreSQL (LISTEN/NOTIFY)", () => {
  let other: AppInstance;
  beforeAll(() => {
    other = startAppInstance();
  });
  afterAll(() => other.stop());

  it("a claim recorded on the other instance reaches this one's stream within a second", async () => {
    const { actor, story, article } = await makeStoryWithArticle();
    const { token } = await tokenFor("analyst");
    const stream = await open(story.id, token);
    await settle();
    const started = Date.now();
    const claim = await other.call<ClaimDto>("createClaim", actor, {
      articleId: article.id,
      input: { exact: "Beta might reopen it.", statement: "From elsewhere", sourcing: "speculative" },
    });
    const acked = Date.now();
    const e = JSON.parse((await stream.next(change("claim", "created", claim.id), 1_000)).data);
    expect(e.record.statement).toBe("From elsewhere");
    expect(Date.now() - started).toBeLessThan(acked - started + 1_000);
    stream.close();
  });
});

describe("events during an independent round", () => {
  it("carry an assignee's round work to them and to editors, never to the other analysts or viewers", async () => {
    const { actor: editor, story, article } = await makeStoryWithArticle();
    const ana = await tokenFor("analyst");
    const ben = await tokenFor("analyst");
    const viewer = await tokenFor("viewer");
    const editorToken = await tokenFor("editor");
    for (const who of [ana, ben]) await createAssignment(editor, { articleId: article.id, userId: who.user.id, mode: "independent" });
    const streams = {
      ana: await open(story.id, ana.token),
      ben: await open(story.id, ben.token),
      viewer: await open(story.id, viewer.token),
      editor: await open(story.id, editorToken.token),
    };
    await settle();
    const mine = await createClaim(ana.actor, article.id, { exact: "Beta might reopen it.", statement: "Ana's reading", sourcing: "speculative" });
    await updateClaim(ana.actor, mine.id, { version: mine.version, statement: "Ana's second reading" });
    // A marker everyone may read, after the round work: whoever has not seen the round work by then never will.
    await updateStory(editor, story.id, { version: (await getStory(editor, story.id)).version, title: "Marker" });
    for (const s of Object.values(streams)) await s.next(change("story", "updated"));
    const seen = (s: SseReader) =>
      s
        .events()
        .filter((e) => e.entityId === mine.id)
        .map((e) => e.action);
    expect(seen(streams.ana)).toEqual(["created", "updated"]);
    expect(seen(streams.editor)).toEqual(["created", "updated"]);
    expect(seen(streams.ben)).toEqual([]);
    expect(seen(streams.viewer)).toEqual([]);
    Object.values(streams).forEach((s) => s.close());
  });
});
