/**
 * Issue 17: while an article has an open independent round, each assignee reads only their own claims
 * and links on it (and what was recorded before the round), everywhere: the claims lists, the search,
 * a claim by id, the comparison, the propositions' links, the activity and the exports. Editors read
 * everyone's; viewers and analysts outside the round read only what came before. After the round,
 * everyone reads everything left.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { createClaim, createLink, createProposition } from "@/demo/factories";
import { getDb } from "@/data/db";
import type { Role } from "@/domain/vocabulary";
import { GET as articleClaims } from "../../app/api/v1/articles/[id]/claims/route";
import { GET as storyClaims } from "../../app/api/v1/stories/[id]/claims/route";
import { GET as claimById } from "../../app/api/v1/claims/[id]/route";
import { GET as comparison } from "../../app/api/v1/stories/[id]/comparison/route";
import { GET as propositions } from "../../app/api/v1/stories/[id]/propositions/route";
import { GET as activity } from "../../app/api/v1/stories/[id]/activity/route";
import { GET as exportStory } from "../../app/api/v1/stories/[id]/export/route";
import { POST as assign } from "../../app/api/v1/assignments/route";
import { GET as claimComments } from "../../app/api/v1/claims/[id]/comments/route";
import { GET as reviewQueue } from "../../app/api/v1/review-queue/route";
import { GET as storyById } from "../../app/api/v1/stories/[id]/route";
import { GET as storyList } from "../../app/api/v1/stories/route";
import { call, type Json, tokenFor } from "../support/api";
import { callRaw } from "../support/exchange";
import { makeStoryWithArticle } from "../support/factories";

type Who = "first" | "second" | "outsider" | "viewer" | "editor";
const people: Record<Who, { token: string; user: { id: string } }> = {} as never;
let s: Awaited<ReturnType<typeof setUp>>;

async function setUp() {
  const base = await makeStoryWithArticle("Alpha said the bridge was closed. Beta might reopen it. Gamma agreed. Delta doubted it.");
  const db = await getDb();
  const before = await createClaim({
    articleId: base.article.id,
    exact: "Gamma agreed.",
    statement: "Before the round",
    sourcing: "confirmed",
    createdById: base.user.id,
  });
  const proposition = await createProposition({ storyId: base.story.id, statement: "The bridge closed", createdById: base.user.id });
  const beforeLink = await createLink({
    storyId: base.story.id,
    claimId: before.id,
    propositionId: proposition.id,
    stance: "supports",
    createdById: base.user.id,
  });
  const hourAgo = new Date(Date.now() - 3_600_000);
  await db.claim.update({ where: { id: before.id }, data: { createdAt: hourAgo } });
  await db.claimLink.update({ where: { id: beforeLink.id }, data: { createdAt: hourAgo } });
  for (const who of ["first", "second"] as const) {
    const res = await call(assign, "/api/v1/assignments", {
      token: people.editor.token,
      body: { articleId: base.article.id, userId: people[who].user.id, mode: "independent" },
    });
    expect(res.status).toBe(201);
  }
  const first = await createClaim({
    articleId: base.article.id,
    exact: "Alpha said the bridge was closed.",
    statement: "First's reading",
    sourcing: "attributed",
    createdById: people.first.user.id,
  });
  const second = await createClaim({
    articleId: base.article.id,
    exact: "Alpha said the bridge was closed.",
    statement: "Second's reading",
    sourcing: "confirmed",
    createdById: people.second.user.id,
  });
  // Every claim waits for review, so the review queue lists them.
  await db.claim.updateMany({ where: { storyId: base.story.id }, data: { status: "needs_review", reviewRequestedAt: new Date() } });
  const firstLink = await createLink({
    storyId: base.story.id,
    claimId: first.id,
    propositionId: proposition.id,
    stance: "supports",
    createdById: people.first.user.id,
  });
  const secondLink = await createLink({
    storyId: base.story.id,
    claimId: second.id,
    propositionId: proposition.id,
    stance: "contradicts",
    createdById: people.second.user.id,
  });
  return { ...base, before, first, second, proposition, beforeLink, firstLink, secondLink };
}

beforeAll(async () => {
  for (const [who, role] of [
    ["first", "analyst"],
    ["second", "analyst"],
    ["outsider", "analyst"],
    ["viewer", "viewer"],
    ["editor", "editor"],
  ] as [Who, Role][])
    people[who] = await tokenFor(role);
  s = await setUp();
});

/** Every statement of the story the person reads, through each read path, as one sorted list per path. */
async function whatEachPathShows(who: Who) {
  const token = people[who].token;
  const story = { id: s.story.id };
  const sorted = (xs: string[]) => [...new Set(xs)].sort();
  const list = await call(articleClaims, "/", { token, params: { id: s.article.id } });
  const search = await call(storyClaims, "/", { token, params: story });
  const cmp = await call(comparison, "/", { token, params: story });
  const props = await call(propositions, "/", { token, params: story });
  const json = await callRaw(exportStory, `/api/v1/stories/${s.story.id}/export?format=json`, { token, params: story });
  const csv = await callRaw(exportStory, `/api/v1/stories/${s.story.id}/export?format=csv`, { token, params: story });
  const log = await call(activity, "/", { token, params: story });
  const queue = await call(reviewQueue, `/api/v1/review-queue?story=${s.story.id}&kind=claim`, { token });
  const statementOf = new Map([s.before, s.first, s.second].map((c) => [c.id, c.statement]));
  const exported = JSON.parse(json.text) as Json;
  return {
    list: sorted(list.body!.items.map((c: Json) => c.statement)),
    search: sorted(search.body!.items.map((c: Json) => c.statement)),
    comparison: sorted(
      Object.values(cmp.body!.propositions[0].cells as Record<string, Json>).flatMap((cell) => cell.claimIds.map((id: string) => statementOf.get(id)!)),
    ),
    links: sorted(props.body!.items[0].links.map((l: Json) => statementOf.get(l.claimId)!)),
    json: sorted(exported.articles.flatMap((a: Json) => a.claims.map((c: Json) => c.statement))),
    jsonLinks: sorted(exported.propositions.flatMap((p: Json) => (p.links ?? []).map((l: Json) => statementOf.get(l.claimId)!))),
    csv: sorted([...statementOf.values()].filter((t) => csv.text.includes(t))),
    queue: sorted(queue.body!.items.map((i: Json) => statementOf.get(i.id)!)),
    activity: sorted(log.body!.items.filter((e: Json) => e.entity === "claim" && statementOf.has(e.entityId)).map((e: Json) => statementOf.get(e.entityId)!)),
    second: (await call(claimById, "/", { token, params: { id: s.second.id } })).status,
    secondComments: (await call(claimComments, "/", { token, params: { id: s.second.id } })).status,
    count: (await call(storyById, "/", { token, params: story })).body!.claimCount as number,
    listedCount: ((await call(storyList, "/api/v1/stories?limit=200", { token })).body!.items as Json[]).find((x) => x.id === s.story.id)?.claimCount as number,
  };
}

const expectEverywhere = (shown: Awaited<ReturnType<typeof whatEachPathShows>>, statements: string[], secondStatus: number) => {
  const want = [...statements].sort();
  const { second, secondComments, activity: log, count, listedCount, ...paths } = shown;
  // Not even how many: the story's claim count leaves out what the reader may not see.
  expect(count, "the story's claimCount").toBe(want.length);
  expect(listedCount, "the story list's claimCount").toBe(want.length);
  for (const [path, got] of Object.entries(paths)) expect(got, path).toEqual(want);
  // The activity lists only changes recorded through the app; the factories' rows have none, so it shows none of the hidden ones.
  for (const t of log) expect(want, "activity").toContain(t);
  expect(second, "GET /claims/:id of the second annotator's claim").toBe(secondStatus);
  expect(secondComments, "GET /claims/:id/comments of the second annotator's claim").toBe(secondStatus);
};

describe("during an independent round", () => {
  it("each assignee reads only their own work on the article, and what was recorded before the round", async () => {
    expectEverywhere(await whatEachPathShows("first"), ["Before the round", "First's reading"], 404);
    expectEverywhere(await whatEachPathShows("second"), ["Before the round", "Second's reading"], 200);
  });

  it("editors read everyone's work, each claim naming its annotator", async () => {
    expectEverywhere(await whatEachPathShows("editor"), ["Before the round", "First's reading", "Second's reading"], 200);
    const list = await call(articleClaims, "/", { token: people.editor.token, params: { id: s.article.id } });
    const names = Object.fromEntries(list.body!.items.map((c: Json) => [c.statement, c.createdBy]));
    expect(names).toMatchObject({ "First's reading": people.first.user.id, "Second's reading": people.second.user.id });
  });

  it("analysts outside the round and viewers read only what was recorded before it", async () => {
    expectEverywhere(await whatEachPathShows("outsider"), ["Before the round"], 404);
    expectEverywhere(await whatEachPathShows("viewer"), ["Before the round"], 404);
  });
});

describe("after the round", () => {
  it("everyone reads everything left", async () => {
    const db = await getDb();
    await db.annotationRound.create({ data: { storyId: s.story.id, articleId: s.article.id, startedAt: new Date(Date.now() - 60_000), figures: {} } });
    await db.assignment.updateMany({ where: { articleId: s.article.id }, data: { status: "closed" } });
    for (const who of ["first", "second", "outsider", "viewer", "editor"] as const)
      expectEverywhere(await whatEachPathShows(who), ["Before the round", "First's reading", "Second's reading"], 200);
  });
});
