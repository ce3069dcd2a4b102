import { describe, expect, it } from "vitest";
import { GET as myEvents } from "@/../app/api/v1/me/events/route";
import { getDb } from "@/data/db";
import { createClaim } from "@/domain/claims/service";
import { addComment } from "@/domain/comments/service";
import { listMyNotifications, markAllNotificationsRead, markNotification } from "@/domain/notifications/service";
import { reviewClaim } from "@/domain/review/service";
import { createAssignment } from "@/domain/assignments/service";
import { makeStoryWithArticle, makeUser } from "../support/factories";
import { tokenFor } from "../support/api";
import { readSse } from "../support/sse";

async function named(role: "analyst" | "viewer" | "editor", name: string) {
  const u = await makeUser(role);
  const db = await getDb();
  await db.user.update({ where: { id: u.user.id }, data: { name } });
  return { ...u, actor: { ...u.actor, name } };
}

async function setting() {
  const base = await makeStoryWithArticle();
  const analyst = await named("analyst", `Ana ${Math.random().toString(36).slice(2, 7)}`);
  const claim = await createClaim(analyst.actor, base.article.id, {
    exact: "Alpha said the bridge was closed.",
    statement: "Closed",
    sourcing: "attributed",
    source: "Alpha",
    status: "needs_review",
  });
  return { ...base, editor: base.actor, analyst, claim };
}

const mine = async (actor: Parameters<typeof listMyNotifications>[0]) => (await listMyNotifications(actor, {})).items;

describe("notifications", () => {
  it("tell an analyst their claim was approved, with a link to it, and tell the editor nothing", async () => {
    const { editor, analyst, claim, story, article } = await setting();
    await reviewClaim(editor, claim.id, { version: claim.version, decision: "approve" });
    const [n] = await mine(analyst.actor);
    expect(n).toMatchObject({
      kind: "approved",
      read: false,
      actor: editor.name,
      title: `${editor.name} approved your claim “Closed”`,
      link: `/stories/${story.id}/articles/${article.id}#claim-${claim.id}`,
    });
    expect(await mine(editor)).toEqual([]);
  });

  it("tell an analyst their claim was sent back, with the editor's note", async () => {
    const { editor, analyst, claim } = await setting();
    await reviewClaim(editor, claim.id, { version: claim.version, decision: "send_back", comment: "Name the source precisely." });
    const items = await mine(analyst.actor);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ kind: "sent_back", note: "Name the source precisely.", title: expect.stringContaining("sent back your claim") });
  });

  it("tell earlier commenters of a thread about a reply, and @mentioned people about the mention (not both)", async () => {
    const { editor, analyst, claim } = await setting();
    const viewer = await named("viewer", `Vic Ñúñez ${Math.random().toString(36).slice(2, 6)}`);
    await addComment(analyst.actor, "claim", claim.id, { body: "Is Alpha the minister?" });
    await addComment(editor, "claim", claim.id, {
      body: `Yes. @${viewer.actor.name.normalize("NFD").replace(/\p{M}/gu, "")} and @${analyst.actor.name}, please check.`,
    });
    const toAnalyst = await mine(analyst.actor);
    expect(toAnalyst.map((n) => n.kind)).toEqual(["mention"]);
    expect((await mine(viewer.actor)).map((n) => n.kind)).toEqual(["mention"]);
    await addComment(editor, "claim", claim.id, { body: "One more thing." });
    expect((await mine(analyst.actor)).map((n) => n.kind)).toEqual(["reply", "mention"]);
    expect(await mine(editor)).toEqual([]);
  });

  it("are nobody's to read or mark but their person's; marking read and all read", async () => {
    const { editor, analyst, claim } = await setting();
    await reviewClaim(editor, claim.id, { version: claim.version, decision: "send_back", comment: "Again." });
    const [n] = await mine(analyst.actor);
    await expect(markNotification(editor, String(n!.id), { read: true })).rejects.toMatchObject({ code: "not_found" });
    await expect(markNotification(analyst.actor, String(n!.id), { read: "yes" })).rejects.toMatchObject({ code: "invalid_input" });
    await expect(markNotification(analyst.actor, "abc", { read: true })).rejects.toMatchObject({ code: "not_found" });
    expect(await markNotification(analyst.actor, String(n!.id), { read: true })).toMatchObject({ read: true });
    expect((await listMyNotifications(analyst.actor, { unread: "true" })).items).toEqual([]);
    await markNotification(analyst.actor, String(n!.id), { read: false });
    expect((await listMyNotifications(analyst.actor, {})).unread).toBe(1);
    expect(await markAllNotificationsRead(analyst.actor, { upTo: -1 }).catch((e: { code: string }) => e.code)).toBe("invalid_input");
    expect(await markAllNotificationsRead(analyst.actor, { upTo: n!.id })).toEqual({ marked: 1, unread: 0 });
  });

  it("a refused decision tells nobody anything", async () => {
    const { editor, analyst, claim } = await setting();
    await expect(reviewClaim(editor, claim.id, { version: claim.version + 3, decision: "approve" })).rejects.toThrow();
    expect(await mine(analyst.actor)).toEqual([]);
  });

  it("reach the person's live channel as they are written", async () => {
    const { editor, claim, article } = await setting();
    const analyst = await tokenFor("analyst");
    const own = await createClaim(analyst.actor, article.id, { exact: "Beta might reopen it.", statement: "Reopen", sourcing: "speculative" });
    const abort = new AbortController();
    const response = await myEvents(
      new Request("http://localhost:3000/api/v1/me/events", { headers: { authorization: `Bearer ${analyst.token}` }, signal: abort.signal }),
      {
        params: Promise.resolve({}),
      },
    );
    expect(response.headers.get("content-type")).toMatch(/^text\/event-stream/);
    const sse = readSse(response, abort);
    expect(JSON.parse((await sse.next((m) => m.event === "notifications")).data)).toEqual({ unread: 0, items: [] });
    await reviewClaim(editor, own.id, { version: own.version, decision: "approve" });
    const update = JSON.parse((await sse.next((m) => m.event === "notifications")).data);
    expect(update.unread).toBe(1);
    expect(update.items).toEqual([expect.objectContaining({ kind: "approved", entityId: own.id })]);
    expect(claim.id).not.toBe(own.id);
    sse.close();
  });
});

describe("assignment notifications", () => {
  it("tell the person assigned, with the note and the due date, linking to the article", async () => {
    const { actor: editor, story, article } = await makeStoryWithArticle();
    const analyst = await named("analyst", `Asa ${Math.random().toString(36).slice(2, 7)}`);
    await createAssignment(editor, {
      articleId: article.id,
      userId: analyst.user.id,
      mode: "shared",
      due: "2026-12-24T12:00:00.000Z",
      note: "Sourcing first, please.",
    });
    const [n] = await mine(analyst.actor);
    expect(n).toMatchObject({
      kind: "assigned",
      note: "Sourcing first, please.",
      link: `/stories/${story.id}/articles/${article.id}`,
      title: `${editor.name} assigned you an article, due 2026-12-24`,
    });
  });
});
