import { describe, expect, it } from "vitest";
import { removesAnAdmin } from "@/domain/users/service";

describe("removesAnAdmin (at least one enabled admin must remain)", () => {
  const admin = { role: "admin", disabledAt: null };
  it("is true when an enabled admin is re-roled or disabled", () => {
    expect(removesAnAdmin(admin, { role: "editor" })).toBe(true);
    expect(removesAnAdmin(admin, { disabled: true })).toBe(true);
  });
  it("is false for other changes", () => {
    expect(removesAnAdmin(admin, { role: "admin" })).toBe(false);
    expect(removesAnAdmin(admin, { disabled: false })).toBe(false);
    expect(removesAnAdmin({ role: "editor", disabledAt: null }, { disabled: true })).toBe(false);
    expect(removesAnAdmin({ role: "admin", disabledAt: new Date() }, { role: "viewer" })).toBe(false);
  });
});
