/** Issue 14, finding 1: `npm start` keeps serving when the server process dies. */
import { describe, expect, it } from "vitest";
import { supervise } from "../../scripts/supervise";

describe("supervise", () => {
  it("restarts a child that dies, logs its cause, and stops on a forwarded signal without a restart", async () => {
    const lines: string[] = [];
    const pids: number[] = [];
    // The child writes a cause to stderr and dies the first two times, then keeps running.
    const script = `const fs=require("fs");const f=process.env.COUNTER;const n=fs.existsSync(f)?Number(fs.readFileSync(f,"utf8")):0;fs.writeFileSync(f,String(n+1));if(n<2){console.error("FATAL ERROR: Reached heap limit");process.exit(134)}setInterval(()=>{},1000)`;
    const counter = `/tmp/claimboard-supervise-${process.pid}-${Date.now()}`;
    const s = supervise(process.execPath, ["-e", script], {
      env: { ...process.env, COUNTER: counter },
      restartDelayMs: 10,
      maxDelayMs: 50,
      log: (line) => lines.push(line),
      onStart: (child) => pids.push(child.pid!),
    });
    const until = Date.now() + 15_000;
    while (pids.length < 3 && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
    expect(pids.length).toBe(3);
    expect(s.restarts()).toBe(2);
    expect(lines.join("\n")).toMatch(/134/);
    expect(lines.join("\n")).toMatch(/Reached heap limit/);
    await new Promise((r) => setTimeout(r, 200));
    s.stop("SIGTERM");
    await s.done;
    expect(pids.length).toBe(3);
  });
});
