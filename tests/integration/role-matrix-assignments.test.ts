/**
 * The role matrix of the assignment and agreement server actions (issue 17): the same domain rules
 * as the REST endpoints, for a signed-in person of every role.
 */
import { describe, expect, it, vi } from "vitest";
import { createAssignment, createClaim } from "@/demo/factories";
import type { Actor } from "@/domain/auth/actor";
import type { Role } from "@/domain/vocabulary";
import { makeStoryWithArticle, makeUser } from "../support/factories";

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/server/auth/page-actor", () => ({ getPageActor: async () => session.actor, requirePageActor: async () => session.actor }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));

const ROLES: Role[] = ["viewer", "analyst", "editor", "admin"];
const editors = (role: Role) => role === "editor" || role === "admin";

async function fixture() {
  const base = await makeStoryWithArticle("Alpha said the bridge was closed. Beta might reopen it.");
  const analyst = await makeUser("analyst");
  const assignment = await createAssignment({ storyId: base.story.id, articleId: base.article.id, userId: analyst.user.id, mode: "independent" });
  const claim = await createClaim({
    articleId: base.article.id,
    exact: "Beta might reopen it.",
    statement: "Reopen",
    sourcing: "speculative",
    createdById: analyst.user.id,
  });
  return { ...base, analyst, assignment, claim };
}

describe("assignment and agreement actions, for every role", () => {
  for (const role of ROLES) {
    it(`${role}: ${editors(role) ? "assigns, adjudicates and closes" : "is refused"}; submits only their own assignment`, async () => {
      const { assignPeopleAction, submitAssignmentAction } = await import("@/features/assignments/actions");
      const { adjudicateAction, closeRoundAction } = await import("@/features/agreement/actions");
      const f = await fixture();
      const me = await makeUser(role);
      session.actor = me.actor;
      const expected = editors(role) ? { ok: true } : { ok: false, error: { code: "forbidden" } };
      expect(await assignPeopleAction({ articleId: f.article.id, userIds: [f.analyst.user.id], mode: "shared" })).toMatchObject(expected);
      expect(await submitAssignmentAction(f.assignment.id, 1)).toMatchObject(expected);
      const unitId = `${f.claim.start}-${f.claim.end}`;
      expect(await adjudicateAction(f.article.id, { unitId, claimId: f.claim.id })).toMatchObject(expected);
      expect(await closeRoundAction(f.article.id)).toMatchObject(expected);

      const own = await fixture();
      session.actor = own.analyst.actor;
      expect(await submitAssignmentAction(own.assignment.id, 1)).toMatchObject({ ok: true, data: { status: "submitted" } });
    }, 30_000);
  }
});
