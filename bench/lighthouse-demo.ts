/**
 * `npm run bench:lighthouse [-- <base url>]`: Lighthouse (desktop preset and mobile emulation) on the
 * dashboard of the first story of a running server (the demo story after `npm start` on an empty
 * database), signed in as the demo viewer. Prints one JSON object and writes
 * bench/results/lighthouse-<date>.json. Needs Chromium (/usr/bin/chromium, or CHROME_PATH).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { sessionCookie } from "./lib/auth";
import { runLighthouse } from "./suites/lighthouse";

async function main() {
  const base = (process.argv[2] ?? process.env.BENCH_URL ?? "http://127.0.0.1:3304").replace(/\/$/, "");
  const email = process.env.BENCH_EMAIL ?? "viewer@claimboard.local";
  const password = process.env.BENCH_PASSWORD ?? "claimboard-demo";
  const cookie = await sessionCookie(base, email, password);
  const storyId = process.env.BENCH_STORY ?? (await firstStoryId(base, cookie));
  const result = await runLighthouse(`${base}/stories/${storyId}`, cookie);
  const dir = path.resolve(__dirname, "results");
  mkdirSync(dir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, "-").slice(0, 19);
  writeFileSync(path.join(dir, `${stamp}-lighthouse.json`), JSON.stringify({ date: new Date().toISOString(), ...result }, null, 2) + "\n");
  console.log(JSON.stringify(result));
}

async function firstStoryId(base: string, cookie: string): Promise<string> {
  const res = await fetch(`${base}/api/v1/stories`, { headers: { cookie } });
  const body = (await res.json()) as { items?: { id: string }[] };
  const list = body.items ?? [];
  if (!res.ok || list.length === 0) throw new Error(`No story to measure at ${base}: ${res.status} ${JSON.stringify(body).slice(0, 200)}`);
  return list[0]!.id;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
