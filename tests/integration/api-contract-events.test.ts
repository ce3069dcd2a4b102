/** Contract of the live event stream. */
import { afterAll, describe, expect, it } from "vitest";
import { createClaim } from "@/domain/claims/service";
import { StoryEventResponse } from "@/domain/events/schemas";
import { tokenFor } from "../support/api";
import { contract } from "../support/contract";
import { itRefusesWithoutCredentialsAndOversizedBodies } from "../support/contract-refusals";
import { makeStoryWithArticle } from "../support/factories";
import { readSse } from "../support/sse";

const c = contract(["streamStoryEvents"]);
afterAll(() => c.assertEveryStatusCovered());

itRefusesWithoutCredentialsAndOversizedBodies(c, ["streamStoryEvents"]);

describe("GET /api/v1/stories/:id/events", () => {
  it("answers 200 text/event-stream whose messages are StoryEvents with their id in `id:`", async () => {
    const { actor, story, article } = await makeStoryWithArticle();
    const { token } = await tokenFor("viewer");
    const { response, abort } = await c.open("streamStoryEvents", { token, params: { id: story.id }, query: { article: article.id } });
    expect(response.status).toBe(200);
    const sse = readSse(response, abort);
    expect((await sse.next((m) => m.event === "presence")).data).toContain(article.id);
    await createClaim(actor, article.id, { exact: "Beta might reopen it.", statement: "Reopen", sourcing: "speculative" });
    const message = await sse.next((m) => m.event === "message");
    const event = StoryEventResponse.parse(JSON.parse(message.data));
    expect(message.id).toBe(String(event.id));
    sse.close();
  });

  it("answers 400 for a Last-Event-ID that is not an event id, 404 for a story or article that is not there", async () => {
    const { story } = await makeStoryWithArticle();
    const other = await makeStoryWithArticle();
    const { token } = await tokenFor("analyst");
    const bad = await c.send("streamStoryEvents", { token, params: { id: story.id }, headers: { "last-event-id": "-1" } });
    expect(bad.status).toBe(400);
    expect(bad.body!.error.details).toEqual([{ path: "lastEventId", message: expect.any(String) }]);
    expect((await c.send("streamStoryEvents", { token, params: { id: "nope" } })).status).toBe(404);
    expect((await c.send("streamStoryEvents", { token, params: { id: story.id }, query: { article: other.article.id } })).status).toBe(404);
  });
});
