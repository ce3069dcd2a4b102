/**
 * "Link" on a suggested match (side by side, issue 15 bug 1): the match joins the proposition the
 * chosen claim already speaks to; a proposition is created only when there is none to join; and the
 * suggestions leave out the claims already linked to the chosen claim's propositions.
 */
import { describe, expect, it } from "vitest";
import { createArticle, createClaim, createLink, createProposition } from "@/demo/factories";
import { listMatches } from "@/domain/assistance/service";
import { linkSuggestedMatch } from "@/domain/propositions/link-match";
import { listPropositions } from "@/domain/propositions/service";
import { DomainError } from "@/domain/errors";
import { makeStoryWithArticle, makeUser } from "../support/factories";

const A = "Officials said the bridge was closed on Monday. The mayor might reopen it in June.";
const B = "The bridge stayed open on Monday, according to residents. Traffic was heavy on the bridge.";

async function twoArticles() {
  const base = await makeStoryWithArticle(A);
  const by = base.user.id;
  const other = await createArticle({ storyId: base.story.id, title: "Residents", text: B, createdById: by });
  const mine = await createClaim({
    articleId: base.article.id,
    exact: "Officials said the bridge was closed on Monday.",
    statement: "The bridge was closed on Monday",
    sourcing: "attributed",
    createdById: by,
  });
  const theirs = await createClaim({
    articleId: other.id,
    exact: "The bridge stayed open on Monday",
    statement: "The bridge stayed open on Monday",
    sourcing: "attributed",
    createdById: by,
  });
  const traffic = await createClaim({
    articleId: other.id,
    exact: "Traffic was heavy on the bridge.",
    statement: "Traffic was heavy on the bridge",
    sourcing: "confirmed",
    createdById: by,
  });
  const prop = (statement: string) => createProposition({ storyId: base.story.id, statement, createdById: by });
  return { ...base, other, mine, theirs, traffic, prop };
}

async function refusal(p: Promise<unknown>): Promise<DomainError> {
  const error = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
}

describe("linking a suggested match", () => {
  it("joins the proposition the chosen claim speaks to, with the match's stance towards it, and creates none", async () => {
    const t = await twoArticles();
    const p = await t.prop("The bridge was closed on Monday");
    await createLink({ storyId: t.story.id, claimId: t.mine.id, propositionId: p.id, stance: "supports" });

    const { link } = await linkSuggestedMatch(t.actor, t.mine.id, { matchClaimId: t.theirs.id, stance: "contradicts", note: "says it stayed open" });
    expect(link).toMatchObject({ propositionId: p.id, claimId: t.theirs.id, stance: "contradicts", note: "says it stayed open" });

    const props = await listPropositions(t.actor, t.story.id);
    expect(props.map((x) => x.statement)).toEqual(["The bridge was closed on Monday"]);
    expect(props[0]!.links.map((l) => [l.claimId, l.stance])).toEqual([
      [t.mine.id, "supports"],
      [t.theirs.id, "contradicts"],
    ]);
  });

  it("flips the stance when the chosen claim contradicts the proposition", async () => {
    const t = await twoArticles();
    const p = await t.prop("The bridge stayed open on Monday");
    await createLink({ storyId: t.story.id, claimId: t.mine.id, propositionId: p.id, stance: "contradicts" });
    const { link: agreeing } = await linkSuggestedMatch(t.actor, t.mine.id, { matchClaimId: t.traffic.id, stance: "supports" });
    expect(agreeing).toMatchObject({ propositionId: p.id, stance: "contradicts" });
    const { link: disagreeing } = await linkSuggestedMatch(t.actor, t.mine.id, { matchClaimId: t.theirs.id, stance: "contradicts" });
    expect(disagreeing).toMatchObject({ propositionId: p.id, stance: "supports" });
  });

  it("asks which proposition when the chosen claim speaks to several, and links through the one chosen", async () => {
    const t = await twoArticles();
    const p1 = await t.prop("The bridge was closed on Monday");
    const p2 = await t.prop("Officials spoke about the bridge");
    const elsewhere = await t.prop("The mayor will reopen the bridge");
    await createLink({ storyId: t.story.id, claimId: t.mine.id, propositionId: p1.id, stance: "supports" });
    await createLink({ storyId: t.story.id, claimId: t.mine.id, propositionId: p2.id, stance: "supports" });

    const ambiguous = await refusal(linkSuggestedMatch(t.actor, t.mine.id, { matchClaimId: t.theirs.id, stance: "contradicts" }));
    expect(ambiguous.code).toBe("invalid_input");
    expect(ambiguous.message).toMatch(/several propositions/);
    expect(ambiguous.details?.[0]?.path).toBe("viaPropositionId");

    const notMine = await refusal(linkSuggestedMatch(t.actor, t.mine.id, { matchClaimId: t.theirs.id, stance: "contradicts", viaPropositionId: elsewhere.id }));
    expect(notMine.code).toBe("invalid_input");
    expect(notMine.details?.[0]?.path).toBe("viaPropositionId");

    const { link } = await linkSuggestedMatch(t.actor, t.mine.id, { matchClaimId: t.theirs.id, stance: "contradicts", viaPropositionId: p2.id });
    expect(link).toMatchObject({ propositionId: p2.id, claimId: t.theirs.id, stance: "contradicts" });
    expect(await listPropositions(t.actor, t.story.id)).toHaveLength(3);
  });

  it("joins the match's proposition when only the match speaks to one", async () => {
    const t = await twoArticles();
    const p = await t.prop("The bridge stayed open on Monday");
    await createLink({ storyId: t.story.id, claimId: t.theirs.id, propositionId: p.id, stance: "supports" });
    const { link } = await linkSuggestedMatch(t.actor, t.mine.id, { matchClaimId: t.theirs.id, stance: "contradicts" });
    expect(link).toMatchObject({ propositionId: p.id, claimId: t.mine.id, stance: "contradicts" });
    expect(await listPropositions(t.actor, t.story.id)).toHaveLength(1);
  });

  it("creates one proposition worded like the chosen claim only when neither claim speaks to one", async () => {
    const t = await twoArticles();
    const { link, proposition } = await linkSuggestedMatch(t.actor, t.mine.id, { matchClaimId: t.theirs.id, stance: "contradicts", note: "open, not closed" });
    const props = await listPropositions(t.actor, t.story.id);
    expect(props).toHaveLength(1);
    expect(props[0]).toMatchObject({ id: link.propositionId, statement: "The bridge was closed on Monday" });
    expect(proposition.links).toHaveLength(2);
    expect(props[0]!.links.map((l) => [l.claimId, l.stance, l.note])).toEqual([
      [t.mine.id, "supports", ""],
      [t.theirs.id, "contradicts", "open, not closed"],
    ]);
  });

  it("links the chosen claim to a suggested proposition", async () => {
    const t = await twoArticles();
    const p = await t.prop("The bridge was closed on Monday");
    const { link } = await linkSuggestedMatch(t.actor, t.mine.id, { matchPropositionId: p.id, stance: "supports" });
    expect(link).toMatchObject({ propositionId: p.id, claimId: t.mine.id, stance: "supports" });
  });

  it("refuses bad input with a clear error and stores nothing", async () => {
    const t = await twoArticles();
    const p = await t.prop("The bridge was closed on Monday");
    const cases: [unknown, RegExp][] = [
      [{ stance: "supports" }, /match/i],
      [{ matchClaimId: t.theirs.id, matchPropositionId: p.id, stance: "supports" }, /match/i],
      [{ matchClaimId: t.theirs.id, stance: "neutral" }, /stance/i],
      [{ matchClaimId: t.mine.id, stance: "supports" }, /itself/],
      [{ matchClaimId: "missing", stance: "supports" }, /does not exist/],
    ];
    for (const [input, message] of cases) {
      const e = await refusal(linkSuggestedMatch(t.actor, t.mine.id, input));
      expect(e.code, JSON.stringify(input)).toBe("invalid_input");
      expect(`${e.message} ${JSON.stringify(e.details)}`).toMatch(message);
    }
    expect((await refusal(linkSuggestedMatch(t.actor, "missing", { matchClaimId: t.theirs.id, stance: "supports" }))).code).toBe("not_found");
    const other = await twoArticles();
    expect((await refusal(linkSuggestedMatch(t.actor, t.mine.id, { matchClaimId: other.theirs.id, stance: "supports" }))).message).toMatch(/own story/);
    const { actor: viewer } = await makeUser("viewer");
    expect((await refusal(linkSuggestedMatch(viewer, t.mine.id, { matchClaimId: t.theirs.id, stance: "supports" }))).code).toBe("forbidden");
    expect((await listPropositions(t.actor, t.story.id))[0]!.links).toEqual([]);
  });
});

describe("suggested matches", () => {
  it("leave out the claims already linked to the chosen claim's propositions", async () => {
    const t = await twoArticles();
    const ids = async () => (await listMatches(t.actor, t.mine.id, {})).items.map((m) => m.claimId).filter(Boolean);
    expect(await ids()).toContain(t.theirs.id);
    const p = await t.prop("The bridge was closed on Monday");
    await createLink({ storyId: t.story.id, claimId: t.mine.id, propositionId: p.id, stance: "supports" });
    await createLink({ storyId: t.story.id, claimId: t.theirs.id, propositionId: p.id, stance: "contradicts" });
    expect(await ids()).not.toContain(t.theirs.id);
  });
});
