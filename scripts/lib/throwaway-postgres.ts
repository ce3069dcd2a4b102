/**
 * A throwaway PostgreSQL cluster (scripts/pg/throwaway.sh) for tests and benchmarks. As root the
 * cluster runs as the postgres user, which must be able to reach its directory, so it lives
 * under /tmp then.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import path from "node:path";

const ROOT = path.resolve(__dirname, "../..");
const SCRIPT = path.join(ROOT, "scripts/pg/throwaway.sh");

export interface ThrowawayPostgres {
  url: string;
  stop: () => void;
}

export function startThrowawayPostgres(port: number, name = "pg"): ThrowawayPostgres {
  const root = process.getuid?.() === 0;
  const dir = root ? `/tmp/claimboard-${name}-${port}/data` : path.join(ROOT, "tmp", `${name}-${port}`);
  if (root) mkdirSync(path.dirname(dir), { recursive: true, mode: 0o755 });
  execFileSync(SCRIPT, ["stop", dir]);
  const url = execFileSync(SCRIPT, ["start", dir, String(port)], { encoding: "utf8" }).trim();
  return { url, stop: () => execFileSync(SCRIPT, ["stop", dir], { stdio: "ignore" }) };
}
