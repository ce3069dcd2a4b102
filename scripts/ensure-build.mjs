// Builds the production bundle before `npm start` when there is none, or when the sources are
// newer than it, so that `npm install && npm start` works on a fresh clone.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

const buildId = ".next/BUILD_ID";
const sourceRoots = ["app", "src", "public", "next.config.js", "proxy.ts", "instrumentation.ts", "package.json"];

function newestMtime(p) {
  if (!existsSync(p)) return 0;
  const s = statSync(p);
  if (!s.isDirectory()) return s.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(p)) {
    if (entry === "generated" || entry.startsWith(".")) continue;
    newest = Math.max(newest, newestMtime(path.join(p, entry)));
  }
  return newest;
}

const built = existsSync(buildId) ? statSync(buildId).mtimeMs : 0;
const sources = Math.max(...sourceRoots.map(newestMtime));
if (built === 0 || sources > built) {
  console.log(built === 0 ? "No production build yet: building…" : "Sources changed since the last build: rebuilding…");
  execFileSync(path.join("node_modules", ".bin", "next"), ["build"], {
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
}
