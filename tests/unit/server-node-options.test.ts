import { describe, expect, it } from "vitest";
import { SERVER_HEAP_MB, serverNodeOptions } from "../../scripts/server-node-options";

describe("serverNodeOptions", () => {
  it("adds the server's heap limit to the options given", () => {
    expect(serverNodeOptions("")).toBe(`--max-old-space-size=${SERVER_HEAP_MB}`);
    expect(serverNodeOptions("--enable-source-maps")).toBe(`--enable-source-maps --max-old-space-size=${SERVER_HEAP_MB}`);
  });

  it("keeps a heap limit that was set explicitly", () => {
    expect(serverNodeOptions("--max-old-space-size=1024")).toBe("--max-old-space-size=1024");
  });
});
