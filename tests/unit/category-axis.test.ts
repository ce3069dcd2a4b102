import { describe, expect, it } from "vitest";
import { categoryAxis } from "@/features/comparison/useCategoryAxis";

const LONG = "How Putin is spying on his Serb allies";

describe("a bar chart's label axis (dashboard charts on phones)", () => {
  it("keeps its full width on a wide card", () => {
    expect(categoryAxis(560, 170).width).toBe(170);
    expect(categoryAxis(null, 170).width).toBe(170);
  });

  it("takes at most 45% of a phone-wide chart, so the bars keep the room", () => {
    const axis = categoryAxis(300, 170);
    expect(axis.width).toBe(135);
    expect(axis.format(LONG).length).toBeLessThanOrEqual(Math.floor((135 - 10) / 6.8));
    expect(axis.format(LONG).endsWith("…")).toBe(true);
    expect(axis.format("Glaring Realities")).toBe("Glaring Realities");
  });

  it("never shrinks below 60 px", () => {
    expect(categoryAxis(100, 170).width).toBe(60);
  });

  it("with wrap, shortens labels only once the axis is narrowed", () => {
    expect(categoryAxis(800, 220, { wrap: true }).format(`${LONG} ↔ Glaring Realities`)).toBe(`${LONG} ↔ Glaring Realities`);
    expect(categoryAxis(300, 220, { wrap: true }).format(`${LONG} ↔ Glaring Realities`)).toMatch(/…$/);
  });
});
