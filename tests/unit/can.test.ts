import { describe, expect, it } from "vitest";
import { can } from "@/domain/auth/can";
import { canChangeContent } from "@/domain/auth/permissions";
import type { Role } from "@/domain/vocabulary-words";

const asker = (role: Role) => ({ userId: `u-${role}`, role });
const ROLES: Role[] = ["viewer", "analyst", "editor", "admin"];

describe("can: the one rule of who may do what", () => {
  it("answers by role, cumulatively", () => {
    const table = Object.fromEntries(
      ROLES.map((r) => [r, (["create", "restore", "review", "manage-accounts", "assign", "annotate"] as const).map((p) => can(asker(r), p))]),
    );
    expect(table).toEqual({
      viewer: [false, false, false, false, false, false],
      analyst: [true, true, false, false, false, true],
      editor: [true, true, true, false, true, true],
      admin: [true, true, true, true, true, true],
    });
    expect(can(null, "create")).toBe(false);
  });

  it("lets analysts change their own work only, and not delete it once approved", () => {
    const analyst = asker("analyst");
    const own = { createdById: analyst.userId };
    const theirs = { createdById: "someone-else" };
    expect([can(analyst, "update", own), can(analyst, "update", theirs), can(analyst, "delete", own), can(analyst, "delete", theirs)]).toEqual([
      true,
      false,
      true,
      false,
    ]);
    expect(can(analyst, "delete", { ...own, status: "approved" })).toBe(false);
    expect(can(asker("editor"), "delete", { ...theirs, status: "approved" })).toBe(true);
    expect(can(asker("viewer"), "update", { createdById: "u-viewer" })).toBe(false);
  });

  it("is what the domain's asserts use", () => {
    for (const role of ROLES) {
      const a = { ...asker(role), name: role, email: `${role}@x` };
      expect(canChangeContent(a, "create")).toBe(can(a, "create"));
      expect(canChangeContent(a, "update", { createdById: a.userId })).toBe(can(a, "update", { createdById: a.userId }));
      expect(canChangeContent(a, "delete", { createdById: "other" })).toBe(can(a, "delete", { createdById: "other" }));
    }
  });
});
