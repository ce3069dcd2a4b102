import { describe, expect, it } from "vitest";
import type { Cell } from "@/domain/comparison/compute";
import { classifyRow } from "@/domain/comparison/rows";

const cell = (stance: Cell["stance"], sourcing: Cell["sourcing"] = stance === "absent" ? null : "confirmed"): Cell => ({
  stance,
  sourcing,
  claimIds: stance === "absent" ? [] : ["c"],
});

describe("classifyRow", () => {
  it.each([
    ["no claims", [cell("absent"), cell("absent")], "unlinked"],
    ["one article only", [cell("supports"), cell("absent"), cell("absent")], "only_in"],
    ["same stance and sourcing", [cell("supports"), cell("supports")], "agreement"],
    ["both contradict", [cell("contradicts", "attributed"), cell("contradicts", "attributed")], "agreement"],
    ["same stance, different sourcing", [cell("supports", "confirmed"), cell("supports", "attributed")], "sourcing_gap"],
    ["opposite stances", [cell("supports"), cell("contradicts")], "divergence"],
    ["a mixed cell", [cell("mixed"), cell("supports")], "divergence"],
    ["divergence outranks a sourcing gap", [cell("supports", "speculative"), cell("supports"), cell("contradicts")], "divergence"],
  ] as const)("%s → %s", (_name, cells, kind) => {
    expect(classifyRow([...cells]).kind).toBe(kind);
  });
});
